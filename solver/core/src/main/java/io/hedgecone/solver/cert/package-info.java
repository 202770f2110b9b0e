/**
 * Checks and computations of optimality duals and infeasibility certificates for linear (and, for rays, convex
 * quadratic) {@link io.hedgecone.solver.form.ModelData}, in the dual convention documented there.
 *
 * <ul>
 *   <li>{@link io.hedgecone.solver.cert.DualCheck}: do (x, y, z) satisfy stationarity, sign and complementarity?</li>
 *   <li>{@link io.hedgecone.solver.cert.CertificateCheck}: is (y, z) a Farkas certificate, is d an improving ray?</li>
 *   <li>{@link io.hedgecone.solver.cert.Certificates}: computes both with any LP-capable backend through small
 *       auxiliary LPs, for backends that do not expose rays themselves.</li>
 * </ul>
 */
package io.hedgecone.solver.cert;
