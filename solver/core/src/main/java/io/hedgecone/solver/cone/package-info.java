/**
 * One class per cone of the interior-point method, behind the common {@link io.hedgecone.solver.cone.Cone} API
 * (initial point, scaling update, H products and KKT blocks, affine and combined Δs offsets, step length,
 * barrier value): {@link io.hedgecone.solver.cone.ZeroCone}, {@link io.hedgecone.solver.cone.NonnegCone},
 * {@link io.hedgecone.solver.cone.SocCone} (Nesterov–Todd), and the non-symmetric
 * {@link io.hedgecone.solver.cone.ExpCone} and {@link io.hedgecone.solver.cone.PowCone}
 * ({@link io.hedgecone.solver.cone.NonsymmetricCone}: closed-form dual barrier, conjugate primal barrier,
 * Dahl–Andersen primal-dual scaling and third-order correction).
 */
package io.hedgecone.solver.cone;
