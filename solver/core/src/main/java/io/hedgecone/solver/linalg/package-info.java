/**
 * Sparse symmetric linear algebra for the interior-point method's KKT systems.
 *
 * <h2>Solving K x = b every iteration</h2>
 * <pre>{@code
 * CscMatrix pattern = ...;                       // upper triangle of K, diagonal entries present (n×n)
 * SparseLdl ldl = SparseLdl.analyze(pattern);    // once: AMD ordering, postorder, supernodes, memory
 * double[] values = new double[pattern.nnz()];   // aligned with pattern.values()
 * int[] signs = ...;                             // +1 for primal rows, −1 for dual rows (original order)
 * // each iteration:
 * fill values (K + static regularisation on the diagonal);
 * int nReg = ldl.factor(values, signs, 1e-13, 1e-7); // dynamic regularisation count
 * ldl.solve(rhs);                                // in place
 * // x = rhs after solve; refine against K WITHOUT the static regularisation (r, trial: scratch of length n):
 * IterativeRefinement.refine(pattern, unregularisedValues, ldl, b, x, 10, 1e-12, 1e-12, r, trial);
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.hedgecone.solver.linalg.SparseLdl}: supernodal LDLᵀ, the production engine.
 *       {@link io.hedgecone.solver.linalg.UpLookingLdl}: scalar up-looking engine (simpler; as fast on very sparse
 *       factors). {@link io.hedgecone.solver.linalg.DenseLdl}: dense, for tiny systems and tests. All three
 *       implement {@link io.hedgecone.solver.linalg.QuasiDefiniteLdl} with identical regularisation semantics.</li>
 *   <li>{@link io.hedgecone.solver.linalg.Amd}: approximate minimum degree ordering.</li>
 *   <li>{@link io.hedgecone.solver.linalg.LdlSymbolic}: immutable analysis; share it between threads with
 *       {@code SparseLdl.of(symbolic)} (each factorization object is single-threaded).</li>
 *   <li>{@link io.hedgecone.solver.linalg.UpperSymmetric}: y = K x and residuals for upper-triangle storage.</li>
 *   <li>{@link io.hedgecone.solver.linalg.Parallel}: loops in four fixed chunks on up to one thread per processor,
 *       combined in chunk order (results independent of the threads). {@code SparseLdl.useParallel} lets the
 *       backward solve take runs of independent single-column supernodes in chunks (bit-identical).</li>
 *   <li>Leaf batches: {@code SparseLdl} queues 1024+ consecutive single-column leaves with identical rows (the π
 *       columns of a linear bandit's reduced KKT) as one descendant, so their ancestors take one rank-K update.</li>
 * </ul>
 *
 * <p>The pattern must stay fixed: put every entry that may ever be nonzero (including diagonal entries that receive
 * regularisation) in it, with explicit zeros where needed. {@code factor} and {@code solve} allocate nothing (but the
hand-over of chunks to other threads, when a parallel setting is given).
 */
package io.hedgecone.solver.linalg;
