/**
 * The native primal-dual interior-point method for {@link io.hedgecone.solver.form.ConicProblem}
 * (LP, convex QP, second-order, exponential and power cones).
 *
 * <h2>Algorithm</h2>
 * <ul>
 *   <li><b>Embedding.</b> Homogeneous self-dual embedding with the quadratic objective kept in the embedding
 *       (Goulart &amp; Chen, Clarabel): variables (x, s, z, τ, κ); infeasibility shows as κ/τ → ∞ and the
 *       certificates are read off the unnormalised iterate.</li>
 *   <li><b>Steps.</b> Mehrotra predictor–corrector, σ = (1 − α_aff)³; per iteration one factorization of the
 *       quasi-definite KKT matrix and three solves (constant right-hand side [−q; b], predictor, corrector),
 *       Δτ from a scalar equation, then the assembled direction is polished against its combined right-hand
 *       side, and Δs is taken, per cone, from the complementarity row (−r − HΔz) or the primal linearisation
 *       (AΔx + Δs − bΔτ = −r_p), whichever puts the solve's error where it does no harm: near a cone's boundary H
 *       is huge and would amplify it into the primal residual. A step that lands on an iterate the method cannot
 *       continue from (rounding on a cone boundary, non-finite KKT) is retaken at half length; a factorization that
 *       breaks down is redone with stronger static regularisation. Steps go to 0.99 of the boundary, 0.95 when
 *       exponential or power cones are present (an iterate closer to their curved boundary can sit numerically on
 *       it). Symmetric cones use Nesterov–Todd scaling and the Mehrotra second-order term; exponential and
 *       power cones the primal-dual (rank-3 quasi-Newton) scaling with the third-order correction of
 *       Dahl &amp; Andersen (2022), falling back to dual scaling (μ∇²f*) with a barrier neighbourhood when steps get
 *       short. Step lengths: closed form for the orthant and second-order cones, backtracking for exp/pow.</li>
 *   <li><b>Before the run.</b> Inequality rows with a right-hand side of at least Settings.infiniteBound (1e20) are
 *       left out as "no bound" and mapped back afterwards ({@link io.hedgecone.solver.ipm.InfiniteRows}).</li>
 *   <li><b>Scaling.</b> Modified Ruiz equilibration of [P Aᵀ; A 0] (one factor per non-orthant cone), a primal scale
 *       that brings b to unit size, and an objective scale.</li>
 *   <li><b>Linear algebra</b> ({@link io.hedgecone.solver.ipm.KktSolver}). The KKT pattern is assembled and analysed
 *       once; each iteration only cone blocks and the regularised diagonal are rewritten through index maps. Small
 *       second-order cones and exp/pow cones have dense H blocks, medium second-order cones (5..32) the scaled
 *       form (block −I, rows of A times W⁻¹), large ones the sparse expansion H = η²(D + uuᵀ − vvᵀ) with two
 *       extra rows only when a cone is too big for the lifted scaled form (its rows would be dense for the ordering);
 *       otherwise the lifted form: unknown W̄Δz with block
 *       −η²I, rows of A times W̄⁻¹ = I + FCFᵀ (F = [e₀, (0, ŵ)]) through four extra rows per cone, so that no entry is
 *       of the size of H's condition number and the end game of many near-boundary cones stays accurate; AMD orders
 *       each lifted cone's rows as one node. Many small second-order cones that share their columns (at most 32
 *       columns each, and their cliques at least 4× smaller than their rows of A — the union-bound cones of a linear
 *       bandit) are eliminated instead ({@link io.hedgecone.solver.ipm.ConeElimination}): A_kᵀH_k⁻¹A_k enters the x
 *       block, their rows leave the factorized system and each solve recovers their Δz = H_k⁻¹(A_kΔx − r_k), and the
 *       variable bounds (nonnegative rows with a single entry) leave it with them, as a²/h on the x diagonal
 *       ({@link io.hedgecone.solver.ipm.BoundElimination}; Settings.coneElimination turns both off). Static and dynamic regularisation (the static one lowered, down to
 *       1e-4 of its default, while refinement stalls and no factorization has broken down); GMRES-accelerated
 *       iterative refinement against the exact reduced operator [P Aᵀ; A −H] (with the cones' own H products), the
 *       LDLᵀ acting as preconditioner; a factorization whose first solve of an iteration met the refinement tolerance
 *       a thousand times over is trusted for the iteration's other solves (no residual check, no polish). The LDLᵀ is
 *       supernodal, or scalar up-looking when L is very sparse (at most 10 entries per column and 20 per supernode,
 *       dimension up to 20,000: most LPs and small QPs); a large dense supernode's panel is updated in cache-sized
 *       tiles, row tiles on the helper threads, with the bits of the plain left-looking loop.</li>
 *   <li><b>Threads</b> ({@link io.hedgecone.solver.linalg.Parallel}, Settings.threads): loops over a thousand or more
 *       cones, long element-wise loops over the rows, the clique sums and folds of eliminated cones, the Ruiz passes
 *       of matrices with 100k+ entries and the runs of independent columns in the LDLᵀ's backward solve are split into
 *       four fixed chunks, run on up to one thread per processor and combined in chunk order: the result does not
 *       depend on the number of threads.</li>
 *   <li><b>Termination</b> on the unscaled problem: relative residuals (relative to ‖b‖ + ‖x‖ + ‖s‖ and
 *       ‖q‖ + ‖x‖ + ‖z‖, and within 10× of the tolerance relative to their largest term, the independent verifier's
 *       measure), and a gap that bounds |pcost − dcost|,
 *       sᵀz, |r_dᵀx| and |r_pᵀz| (pcost − dcost = sᵀz + r_dᵀx − r_pᵀz, whose terms can cancel); a reduced-accuracy
 *       tier is reported as ALMOST_*; after a numerical breakdown the previous iterate is restored and the run
 *       continues once with conservative centred steps. A run that still ends short of full accuracy is repeated from
 *       the start with static regularisation 1e-10, 1e-12, then 1e-6 (ConicSolver#solve), the limits shared.</li>
 * </ul>
 * {@code -Dhedgecone.ipm.debug=true} traces KKT solves, step limits and gap components;
 * {@code -Dhedgecone.ipm.sparseSoc=true} keeps every large second-order cone in the sparse H form (for comparison).
 */
package io.hedgecone.solver.ipm;
