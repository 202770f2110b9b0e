/**
 * Model files: CBF (conic, {@link io.hedgecone.solver.io.CbfReader}/{@link io.hedgecone.solver.io.CbfWriter}), MPS and
 * QPS (LP/QP, {@link io.hedgecone.solver.io.MpsReader}/{@link io.hedgecone.solver.io.MpsWriter}), and
 * {@link io.hedgecone.solver.io.ModelFiles} to pick one by extension, gzipped or not.
 *
 * <p>All readers produce a {@link io.hedgecone.solver.form.ModelData} and either return a complete model or throw a
 * {@link io.hedgecone.solver.io.ModelFormatException} whose one-line message names file and line. Writers check the
 * model first and refuse what their format cannot hold (cones in MPS, a quadratic objective in CBF) with an
 * {@link IllegalArgumentException}; reading what a writer wrote gives back a model equal by
 * {@link io.hedgecone.solver.form.ModelData#sameAs} for everything its own reader produces.
 */
package io.hedgecone.solver.io;
