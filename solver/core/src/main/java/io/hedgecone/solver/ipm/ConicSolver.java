package io.hedgecone.solver.ipm;

import io.hedgecone.solver.cone.Cone;
import io.hedgecone.solver.cone.NonnegCone;
import io.hedgecone.solver.cone.ScalingStrategy;
import io.hedgecone.solver.cone.ZeroCone;
import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.linalg.Parallel;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Primal-dual interior-point method for
 * <pre>  minimize ½xᵀPx + qᵀx + constant  subject to  Ax + s = b, s ∈ K</pre>
 * on the homogeneous self-dual embedding with a quadratic objective (Goulart &amp; Chen, Clarabel):
 * <pre>
 *   Px + Aᵀz + qτ = 0,   Ax + s − bτ = 0,   κ + xᵀPx/τ + qᵀx + bᵀz = 0,   (s, z) ∈ K × K*,  τ, κ ≥ 0.
 * </pre>
 * Each iteration factors one quasi-definite KKT matrix and solves three systems with it: the constant
 * right-hand side [−q; b] and the predictor (affine) and corrector (combined Mehrotra) directions; the τ
 * component follows from a scalar equation. Symmetric cones use Nesterov–Todd scaling; exponential and power
 * cones the primal-dual scaling with third-order correction of Dahl &amp; Andersen, falling back to dual scaling
 * when progress stalls. The data are Ruiz-equilibrated first; tolerances refer to the unscaled problem.
 */
public final class ConicSolver {
    private ConicSolver() { }

    /** Centring parameter floor in the conservative mode entered after a numerical breakdown. */
    static final double SAFE_SIGMA = 0.3;
    /** Step fraction to the boundary in the conservative mode (keeps the iterates away from rounding trouble). */
    static final double SAFE_STEP_FRACTION = 0.9;
    /** κ/τ beyond which the embedding stops (τ has no significant digits left next to κ). */
    static final double KT_RATIO_MAX = 1e20;
    /**
     * A converged iterate must also have its residuals within this factor of the feasibility tolerance when they
     * are taken relative to their largest term (the independent verifier's measure) instead of to ‖b‖ + ‖x‖ + ‖s‖
     * (primal) and ‖q‖ + ‖x‖ + ‖z‖ (dual): so that an optimal answer also verifies to 1e-7.
     */
    static final double TERMS_FACTOR = 10;
    /**
     * Step fraction to the boundary when exponential or power cones are present: their boundary is curved, and an
     * iterate left within 1 % of it along a nearly tangent direction can sit numerically on it, where every later
     * direction leaves the cone at once (CBLIB mra01 ended almost_optimal that way under some roundings).
     */
    static final double NONSYMMETRIC_STEP_FRACTION = 0.95;
    /**
     * On an LP (no P, only zero and nonnegative cones), while κ ≤ τ, an iteration's three solves (constant,
     * predictor, corrector) are refined only to this multiple of the refinement tolerance; the corrector's
     * direction, assembled with Δτ, is then polished once against its whole right-hand side to the strict tolerance,
     * and its τ row corrected along the constant solve. The predictor only sets σ and the second-order term, and
     * refining the corrector before the polish did the same work twice. Over the 20 NETLIB LPs the LDL solves per
     * iteration fall from 6.8 to 4.7 with the same iterations (VTP.BASE 35 → 36, AGG 30 → 31). Where κ > τ (the
     * path to an infeasibility certificate) the solves stay strict: loosened there, a transportation LP short of
     * supply by one unit took 43 iterations instead of 8, and with another seed stalled until the iteration limit.
     * Second-order-cone, exponential-cone and QP instances lost many iterations to loosened constant or predictor
     * solves (the constant solve's alone: CBLIB sched_200_100_orig 46 → 105, Maros HS268 40 → 66; the predictor's
     * alone: chainsing_10000_2 20 → 42, sched_100_50_orig 38 → 200, almost optimal), so they keep the strict
     * tolerance.
     */
    static final double LP_LOOSENESS = 1e4;
    /** Factor by which a step that rounding put on a cone boundary is shortened when retaken. */
    static final double STEP_RETRY_FACTOR = 0.5;


    /** Solves with the default settings. */
    public static ConicSolution solve(ConicProblem problem) { return solve(problem, Settings.defaults()); }

    /**
     * Solves {@code problem}. Statuses, not exceptions, report infeasibility, limits and numerical failure;
     * an {@link IllegalArgumentException} is thrown only for a cone the method does not support.
     */
    public static ConicSolution solve(ConicProblem problem, Settings settings) {
        InfiniteRows far = InfiniteRows.find(problem, settings.infiniteBound());
        if (far == null) return solveRetrying(problem, settings);
        if (settings.verbose())
            settings.out().printf("presolve: %d inequality rows with right-hand side >= %.0e left out as infinite bounds%n",
                    far.count(), settings.infiniteBound());
        return far.expand(solveRetrying(far.reduced(), settings));
    }

    /** Static regularisations of the runs that follow one ending short of full accuracy ({@link #solveRetrying}). */
    static final double[] RETRY_REGULARISATION = {1e-10, 1e-12, 1e-6};

    /**
     * Runs the method; a run that ends short of full accuracy (ALMOST_*, NUMERICAL_ERROR) is repeated from the start
     * with other static regularisation — weaker, 1e-10 then 1e-12, then stronger, 1e-6; each unless it is the
     * settings' own — while the time and iteration limits allow. The first run that reaches full accuracy is
     * returned, else the first run's answer; iterations and time count every run. Why: the end game of a few problems
     * sits at the edge of double precision for the KKT solves, where the regularisation decides which directions the
     * refinement must repair. On the robustness probe's perturbed copies each value failed some copies, rarely the
     * same ones: at 1e-12, chainsing_10000_2, sched_200_100_orig and mra01 failed 1e-8 and passed 1e-10 or 1e-12; at
     * 1e-9, AGG's dynamically regularised pivots failed 1e-8, 1e-10, 1e-12 (and 1e-7) and passed 1e-6. A problem the
     * first run solves is solved exactly as before.
     */
    private static ConicSolution solveRetrying(ConicProblem problem, Settings settings) {
        long t0 = System.nanoTime();
        ConicSolution first = new Run(problem, settings).run(), answer = first;
        int iterations = first.iterations();
        for (double reg : RETRY_REGULARISATION) {
            if (!shortOfFullAccuracy(answer.status())) break;
            if (reg == settings.staticRegConstant()) continue;
            double timeLeft = settings.timeLimitSeconds() - (System.nanoTime() - t0) * 1e-9;
            int iterationsLeft = settings.maxIterations() - iterations;
            if (!(timeLeft > 0) || iterationsLeft <= 0) break;
            if (settings.verbose())
                settings.out().printf("(%s: solving again from the start with static regularisation %.0e)%n",
                        answer.status().name().toLowerCase(java.util.Locale.ROOT), reg);
            ConicSolution r = new Run(problem, settings.toBuilder().staticRegConstant(reg)
                    .timeLimitSeconds(timeLeft).maxIterations(iterationsLeft).build()).run();
            iterations += r.iterations();
            if (fullAccuracy(r.status())) answer = r;
        }
        if (answer == first && iterations == first.iterations()) return first;
        return new ConicSolution(answer.status(), answer.x(), answer.s(), answer.z(), answer.primalObjective(),
                answer.dualObjective(), iterations, (System.nanoTime() - t0) * 1e-9, answer.primalResidual(),
                answer.dualResidual(), answer.gapAbs(), answer.gapRel());
    }

    /** Ended before the limits without reaching full accuracy: worth another run. */
    private static boolean shortOfFullAccuracy(SolverStatus s) {
        return switch (s) {
            case ALMOST_SOLVED, ALMOST_PRIMAL_INFEASIBLE, ALMOST_DUAL_INFEASIBLE, NUMERICAL_ERROR -> true;
            default -> false;
        };
    }

    private static boolean fullAccuracy(SolverStatus s) {
        return s == SolverStatus.SOLVED || s == SolverStatus.PRIMAL_INFEASIBLE || s == SolverStatus.DUAL_INFEASIBLE;
    }

    // =====================================================================================================

    /** Cone loops shorter than this run on the calling thread alone. */
    static final int PARALLEL_CONES = 1000;
    /** Element-wise loops over fewer rows than this run on the calling thread alone. */
    static final int PARALLEL_ROWS = 50_000;

    /** A loop over [from, to) of rows or cones. */
    @FunctionalInterface private interface RowRange { void run(int from, int to); }

    private static final class Run {
        final long startNanos = System.nanoTime();
        long startLoopNanos;
        final ConicProblem prob;
        final Settings st;
        final int n, m;
        final List<Cone> cones = new ArrayList<>();
        final Cone[] coneArr;
        final int[] coneOff, coneDim; // each cone's first row and dimension, flat
        final Parallel par;
        final int degree;
        final boolean symmetric;
        /** An LP: no P, only zero and nonnegative cones. */
        final boolean linear;
        /** This iteration's factor on the refinement tolerances of its three solves (see {@link #LP_LOOSENESS}). */
        double looseness;
        final Equilibration eq;
        final CscMatrix p, a;
        final double[] q, b;
        final double normQ, normB; // unscaled
        KktSolver kkt;

        // iterate (scaled problem)
        double[] x, s, z;
        double tau = 1, kappa = 1;
        // previous iterate
        double[] px, ps, pz;
        double ptau, pkappa;
        // best iterate seen (by {@link #merit()}), returned when the run ends in a numerical breakdown
        final double[] bx, bs, bz;
        double btau, bkappa, bestMerit = Double.POSITIVE_INFINITY;
        // infeasibility rays in the problem's own units (computed while κ > τ): y = zs∘z with violation ‖Aᵀy‖∞ and
        // strength −bᵀy; d = xs∘x with violation max(‖Pd‖∞, ‖Ad + s‖∞) and strength −qᵀd
        double pinfViolation, pinfStrength, dinfViolation, dinfStrength;
        // (these buffers and the best rays' below are allocated when κ first exceeds τ: most runs never need them)
        double[] rayY, rayAty, rayD, rayPd, rayAds;
        // best infeasibility rays seen ({@link #recordBestCertificates()})
        double[] certZ, certX, certS;
        double bestPinf = Double.POSITIVE_INFINITY, bestDinf = Double.POSITIVE_INFINITY;
        double certPinfTau, certPinfKappa, certDinfTau, certDinfKappa;
        // step
        double[] dx, ds, dz;
        double dtau, dkappa;
        // residuals and products
        final double[] rx, rz, pxv, atz, axs;
        double rtau, dotQx, dotBz, dotSz, dotXPx;
        // from the last pass over the rows (rowPass): rᵀ_z z, the scaled ∞-norms of z, s, r_z and A x, and ‖r_z‖∞
        double dotRzZ, normzRows, normsRows, rzRows, normAxRows, rzInf;
        // work
        final double[] x1, z1, x2, z2, wx, wz, rs, xi;

        // info
        double pcost, dcost, resPrimal, resDual, gapAbs, gapRel, objGapAbs, objGapRel, ktRatio, mu;
        /** Residuals relative to their largest term (see updateInfo); required within TERMS_FACTOR of the tolerance. */
        double resPrimalTerms, resDualTerms;
        double residualGapAbs, residualGapRel; // the gap without the complementarity term
        double prevResPrimal = Double.POSITIVE_INFINITY, prevResDual = Double.POSITIVE_INFINITY;
        double prevGapAbs = Double.POSITIVE_INFINITY, prevGapRel = Double.POSITIVE_INFINITY;
        long tAnalyse, tFactor;
        SolverStatus status = null;
        boolean insufficientProgress = false;
        /** Set after the first breakdown (stalled residuals or a vanishing step): continue with safer steps. */
        boolean safeMode = false;
        /** The last step taken (retaken shorter when it lands where the method cannot continue). */
        double lastAlpha, lastDtau, lastDkappa;
        double[] lastDx, lastDs, lastDz;
        int iter = 0;

        Run(ConicProblem prob, Settings st) {
            this.prob = prob;
            this.st = st;
            n = prob.numVars();
            m = prob.numRows();
            int off = 0, deg = 0;
            boolean sym = true;
            for (ConeSpec spec : prob.cones()) {
                Cone c = Cone.of(spec, off);
                cones.add(c);
                off += c.dim();
                deg += c.degree();
                sym &= c.isSymmetric();
            }
            degree = deg;
            symmetric = sym;
            boolean lp = prob.pUpper().nnz() == 0;
            for (Cone c : cones) lp &= c instanceof NonnegCone || c instanceof ZeroCone;
            linear = lp;
            coneArr = cones.toArray(new Cone[0]);
            coneOff = new int[coneArr.length];
            coneDim = new int[coneArr.length];
            for (int i = 0; i < coneArr.length; i++) { coneOff[i] = coneArr[i].offset(); coneDim[i] = coneArr[i].dim(); }
            par = Parallel.of(st.threads());
            eq = Equilibration.compute(prob.pUpper(), prob.a(), prob.q(), prob.b(), cones, st, par);
            p = eq.p;
            a = eq.a;
            q = eq.q;
            b = eq.b;
            normQ = infNorm(prob.q());
            normB = infNorm(prob.b());
            x = new double[n]; s = new double[m]; z = new double[m];
            px = new double[n]; ps = new double[m]; pz = new double[m];
            bx = new double[n]; bs = new double[m]; bz = new double[m];
            dx = new double[n]; ds = new double[m]; dz = new double[m];
            rx = new double[n]; rz = new double[m]; pxv = new double[n]; atz = new double[n]; axs = new double[m];
            x1 = new double[n]; z1 = new double[m]; x2 = new double[n]; z2 = new double[m];
            wx = new double[n]; wz = new double[m]; rs = new double[m]; xi = new double[n];
            lastDx = new double[n]; lastDs = new double[m]; lastDz = new double[m];
        }

        ConicSolution run() {
            PrintStream out = st.out();
            if (st.verbose()) printHeader(out);
            long tk = System.nanoTime();
            kkt = new KktSolver(n, m, p, a, cones, st);
            tAnalyse = System.nanoTime() - tk;
            if (st.verbose())
                out.printf("KKT: dim=%d, nnz(L)=%d%s%n", kkt.dimension(), kkt.factorNonzeros(),
                        kkt.eliminatedCones() > 0 ? ", " + kkt.eliminatedCones() + " second-order cones eliminated onto x"
                                + (kkt.eliminatedBounds() > 0 ? ", " + kkt.eliminatedBounds() + " bounds onto its diagonal" : "") : "");
            if (!initialize()) {
                status = SolverStatus.NUMERICAL_ERROR;
                updateResiduals();
                updateInfo();
                return finish();
            }
            startLoopNanos = System.nanoTime();
            ScalingStrategy scaling = symmetric ? ScalingStrategy.DUAL : ScalingStrategy.PRIMAL_DUAL;
            double alpha = 0, sigma = 1;
            while (true) {
                refresh();
                recordBest();
                recordBestCertificates();
                if (st.verbose()) printIteration(out, alpha);
                boolean done = checkTermination();
                if (done) {
                    if (insufficientProgress) {
                        restorePrevious();
                        if (!symmetric && scaling == ScalingStrategy.PRIMAL_DUAL) {
                            scaling = ScalingStrategy.DUAL;
                            insufficientProgress = false;
                            status = null;
                            alpha = 0;
                            continue;
                        }
                        if (!safeMode) {
                            enterSafeMode();
                            alpha = 0;
                            continue;
                        }
                    }
                    break;
                }
                // ---- scaling
                boolean scaled = updateScalings(scaling);
                if (!scaled) {
                    // an iterate that rounding pushed onto a cone boundary: retake the last step shorter, then (if
                    // that does not help) go back one step and continue safely
                    if (retakeLastStepShorter()) continue;
                    if (!safeMode && ptau != 0) {
                        restorePrevious();
                        enterSafeMode();
                        alpha = 0;
                        continue;
                    }
                    status = SolverStatus.NUMERICAL_ERROR;
                    break;
                }
                iter++;
                // ---- factor and constant solve
                kkt.setAccuracyLevel(Math.max(Math.max(mu, gapRel), Math.max(resPrimal, resDual)));
                long tf = System.nanoTime();
                boolean ok = kkt.update();
                tFactor += System.nanoTime() - tf;
                for (int i = 0; i < n; i++) wx[i] = -q[i];
                // loose only on the way to an optimum: a certificate's path (κ > τ) needs accurate Δτ
                looseness = linear && kappa <= tau ? LP_LOOSENESS : 1;
                if (ok) ok = kkt.solve(wx, b, x2, z2, looseness);
                // a factorization that broke down (non-finite solve): refactor with stronger static regularisation,
                // which the refinement against the unregularised operator then corrects
                while (!ok && kkt.strengthenRegularisation()) {
                    if (st.verbose()) st.out().printf("  (KKT factorization failed: static regularisation x%.0e)%n", kkt.regularisationBoost());
                    ok = kkt.solve(wx, b, x2, z2);
                }
                // ---- affine step
                if (ok) {
                    eachCone((from, to) -> { for (int i = from; i < to; i++) coneArr[i].affineDs(rs, s); });
                    ok = solveStep(1.0, tau * kappa, false);
                }
                double alphaAff = 0;
                if (ok) {
                    alphaAff = stepLength(false);
                    sigma = Math.pow(1 - alphaAff, 3);
                    double mcorr = iter > 1 ? 1.0 : alphaAff;
                    if (safeMode) {
                        // after a breakdown: better centred steps without the second-order term
                        sigma = Math.max(sigma, SAFE_SIGMA);
                        mcorr = 0;
                    }
                    // combined right-hand side (uses the affine step)
                    double sigmaMu = sigma * mu;
                    double mc = mcorr;
                    eachCone((from, to) -> { for (int i = from; i < to; i++) coneArr[i].combinedDs(rs, s, z, ds, dz, sigmaMu, mc); });
                    double dk = tau * kappa + mcorr * dtau * dkappa - sigmaMu;
                    ok = solveStep(1 - sigma, dk, true);
                    if (ok) alpha = stepLength(true);
                }
                if (!ok) {
                    if (!symmetric && scaling == ScalingStrategy.PRIMAL_DUAL) {
                        scaling = ScalingStrategy.DUAL;
                        alpha = 0;
                        continue;
                    }
                    // the KKT system at this iterate is numerically unusable (non-finite scaling or solve)
                    if (retakeLastStepShorter()) continue;
                    status = SolverStatus.NUMERICAL_ERROR;
                    break;
                }
                if (KktSolver.DEBUG) System.out.printf("    scaling=%s sigma=%.3e alpha(combined, before centrality)=%.3e dtau=%.3e dkappa=%.3e%n", scaling, sigma, alpha, dtau, dkappa);
                if (!symmetric && scaling == ScalingStrategy.DUAL) alpha = backtrackToCentralNeighbourhood(alpha);
                if (!symmetric && scaling == ScalingStrategy.PRIMAL_DUAL && alpha < st.minSwitchStepLength()) {
                    scaling = ScalingStrategy.DUAL;
                    alpha = 0;
                    continue;
                }
                if (!(alpha > st.minTerminateStepLength())) {
                    if (!safeMode) {
                        enterSafeMode();
                        alpha = 0;
                        continue;
                    }
                    insufficientProgress = true;
                    status = SolverStatus.NUMERICAL_ERROR;
                    alpha = 0;
                    break;
                }
                takeStep(alpha);
            }
            if (status == SolverStatus.NUMERICAL_ERROR) {
                // report on the current (possibly restored) iterate
                refresh();
                returnBestIfBetter();
            }
            return finish();
        }

        // ------------------------------------------------------------------ best iterate

        /**
         * Distance from the optimality tolerances: the largest of the primal and dual residuals over the feasibility
         * tolerance and the (strict) gap over its tolerance, absolute or relative, whichever is smaller. Infinite
         * for iterates that look infeasible (κ/τ &gt; 1), which are never kept as the best.
         */
        double merit() {
            if (!(ktRatio <= 1)) return Double.POSITIVE_INFINITY;
            double g = Math.min(gapAbs / st.gapAbsTol(), gapRel / st.gapRelTol());
            double v = Math.max(Math.max(resPrimal, resDual) / st.feasTol(), g);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        }

        /**
         * Keeps the best infeasibility rays seen (smallest violation-to-strength ratio while κ &gt; τ): a run that
         * ends without a verdict — the embedding collapsing, τ underflowing — can still return the best of them,
         * classified by the same tolerances.
         */
        void recordBestCertificates() {
            if (!(ktRatio > 1)) return;
            if (certZ == null) { certZ = new double[m]; certX = new double[n]; certS = new double[m]; }
            if (pinfStrength > st.infeasAbsTol() && pinfViolation / pinfStrength < bestPinf) {
                bestPinf = pinfViolation / pinfStrength;
                System.arraycopy(z, 0, certZ, 0, m);
                certPinfTau = tau;
                certPinfKappa = kappa;
            }
            if (dinfStrength > st.infeasAbsTol() && dinfViolation / dinfStrength < bestDinf) {
                bestDinf = dinfViolation / dinfStrength;
                System.arraycopy(x, 0, certX, 0, n);
                System.arraycopy(s, 0, certS, 0, m);
                certDinfTau = tau;
                certDinfKappa = kappa;
            }
        }

        /** The infeasibility rays of the current iterate, measured on the original (unscaled) data. */
        void updateRays() {
            if (rayY == null) { rayY = new double[m]; rayAty = new double[n]; rayD = new double[n]; rayPd = new double[n]; rayAds = new double[m]; }
            ConicProblem o = prob;
            double by = 0, qd = 0;
            for (int i = 0; i < m; i++) {
                rayY[i] = eq.zs[i] * z[i];
                by += o.b()[i] * rayY[i];
                rayAds[i] = eq.ss[i] * s[i];
            }
            for (int j = 0; j < n; j++) {
                rayD[j] = eq.xs[j] * x[j];
                qd += o.q()[j] * rayD[j];
            }
            Arrays.fill(rayAty, 0);
            o.a().transposeMultiplyAdd(1.0, rayY, rayAty);
            Arrays.fill(rayPd, 0);
            ConicProblem.symMultiplyAdd(o.pUpper(), rayD, rayPd);
            o.a().multiplyAdd(1.0, rayD, rayAds);
            pinfViolation = infNorm(rayAty);
            pinfStrength = -by;
            dinfViolation = Math.max(infNorm(rayPd), infNorm(rayAds));
            dinfStrength = -qd;
        }

        /** After a run without a verdict: the best ray seen, when it meets the full or the reduced tolerance. */
        void useBestCertificate() {
            boolean primal = bestPinf <= bestDinf;
            double ratio = primal ? bestPinf : bestDinf;
            SolverStatus verdict = ratio < st.infeasRelTol() ? (primal ? SolverStatus.PRIMAL_INFEASIBLE : SolverStatus.DUAL_INFEASIBLE)
                    : ratio < st.reducedInfeasRelTol() ? (primal ? SolverStatus.ALMOST_PRIMAL_INFEASIBLE : SolverStatus.ALMOST_DUAL_INFEASIBLE)
                    : null;
            if (verdict == null) return;
            if (primal) {
                System.arraycopy(certZ, 0, z, 0, m);
                tau = certPinfTau;
                kappa = certPinfKappa;
            } else {
                System.arraycopy(certX, 0, x, 0, n);
                System.arraycopy(certS, 0, s, 0, m);
                tau = certDinfTau;
                kappa = certDinfKappa;
            }
            status = verdict;
            if (st.verbose()) st.out().printf("  (returning the best infeasibility ray seen: violation/strength %.2e)%n", ratio);
        }

        void recordBest() {
            double v = merit();
            if (!(v < bestMerit)) return;
            bestMerit = v;
            System.arraycopy(x, 0, bx, 0, n);
            System.arraycopy(s, 0, bs, 0, m);
            System.arraycopy(z, 0, bz, 0, m);
            btau = tau;
            bkappa = kappa;
        }

        /** The status {@link #finish()} would give the current iterate after a breakdown (null: none of the tiers). */
        SolverStatus breakdownClassification() {
            SolverStatus full = convergenceStatus(false, st.gapAbsTol(), st.gapRelTol(), st.feasTol(), st.infeasAbsTol(),
                    st.infeasRelTol(), SolverStatus.SOLVED, null, null);
            return full != null ? full : convergenceStatus(false, st.reducedGapAbsTol(), st.reducedGapRelTol(),
                    st.reducedFeasTol(), st.reducedInfeasAbsTol(), st.reducedInfeasRelTol(),
                    SolverStatus.ALMOST_SOLVED, SolverStatus.ALMOST_PRIMAL_INFEASIBLE, SolverStatus.ALMOST_DUAL_INFEASIBLE);
        }

        /**
         * After a breakdown the current iterate (possibly the restored previous one) can be worse than one seen
         * earlier: return the best iterate instead when it is closer to the tolerances, unless the current one is
         * already SOLVED or an (almost) infeasibility certificate.
         */
        void returnBestIfBetter() {
            if (btau == 0 || !(bestMerit < merit())) return;
            SolverStatus cur = breakdownClassification();
            if (cur != null && cur != SolverStatus.ALMOST_SOLVED) return;
            System.arraycopy(bx, 0, x, 0, n);
            System.arraycopy(bs, 0, s, 0, m);
            System.arraycopy(bz, 0, z, 0, m);
            tau = btau;
            kappa = bkappa;
            refresh();
            if (st.verbose()) st.out().printf("  (returning the best iterate seen: pres %.2e, dres %.2e, gap %.2e)%n",
                    resPrimal, resDual, gapRel);
        }

        // ------------------------------------------------------------------ initial point

        boolean initialize() {
            if (!symmetric) {
                for (Cone c : cones) c.unitInitialization(s, z);
                Arrays.fill(x, 0);
                tau = 1;
                kappa = 1;
                return true;
            }
            for (Cone c : cones) c.setIdentityScaling();
            if (!kkt.update()) return false;
            if (p.nnz() == 0) {
                Arrays.fill(wx, 0);
                if (!kkt.solve(wx, b, x, s)) return false;
                for (int i = 0; i < m; i++) s[i] = -s[i];
                for (int i = 0; i < n; i++) wx[i] = -q[i];
                Arrays.fill(wz, 0);
                if (!kkt.solve(wx, wz, x1, z)) return false;
            } else {
                for (int i = 0; i < n; i++) wx[i] = -q[i];
                if (!kkt.solve(wx, b, x, z)) return false;
                for (int i = 0; i < m; i++) s[i] = -z[i];
            }
            shiftToInterior(s, false);
            shiftToInterior(z, true);
            tau = 1;
            kappa = 1;
            return true;
        }

        void shiftToInterior(double[] v, boolean dual) {
            double minMargin = Double.POSITIVE_INFINITY, posMargin = 0;
            for (Cone c : cones) {
                if (c.degree() == 0) continue;
                minMargin = Math.min(minMargin, c.minMargin(v));
                posMargin += c.positiveMargin(v);
            }
            double shift;
            if (minMargin == Double.POSITIVE_INFINITY) shift = 0;
            else {
                double target = Math.max(1.0, 0.1 * posMargin / Math.max(degree, 1));
                if (minMargin <= 0) shift = -minMargin + target;
                else if (minMargin < target) shift = target - minMargin;
                else shift = 0;
            }
            for (Cone c : cones) c.shiftAlongIdentity(v, shift, dual);
        }

        // ------------------------------------------------------------------ residuals and info

        /** Recomputes residuals, μ and the reported measures for the current iterate. */
        void refresh() {
            updateResiduals();
            mu = (dotSz + tau * kappa) / (degree + 1);
            updateInfo();
        }

        void updateResiduals() {
            Arrays.fill(pxv, 0);
            ConicProblem.symMultiplyAdd(p, x, pxv);
            Arrays.fill(atz, 0);
            System.arraycopy(s, 0, axs, 0, m);
            a.multiplyAddBoth(1.0, x, axs, 1.0, z, atz);
            dotXPx = dot(x, pxv);
            dotQx = dot(q, x);
            for (int i = 0; i < n; i++) rx[i] = pxv[i] + atz[i] + q[i] * tau;
            rowPass();
            rtau = kappa + dotXPx / tau + dotQx + dotBz;
        }

        /**
         * r_z = A x + s − bτ and, in the same pass over the rows, every row sum and norm that μ, the report and the
         * step need: the rows are the long dimension (a quarter of a million on a linear bandit), and the eight
         * independent sums and maxima overlap in one loop where nine loops (r_z's included) each waited on its own
         * chain of operations. Each sum runs in index order, as a loop of its own would, so the bits are unchanged.
         */
        void rowPass() {
            double t = tau, bz = 0, sz = 0, rzz = 0, nz = 0, ns = 0, nr = 0, nax = 0, ri = 0;
            double[] zs = eq.zs, ss = eq.ss;
            for (int i = 0; i < m; i++) {
                double si = s[i], zi = z[i], sc = ss[i], r = axs[i] - b[i] * t;
                rz[i] = r;
                bz += b[i] * zi;
                sz += si * zi;
                rzz += r * zi;
                nz = Math.max(nz, Math.abs(zi * zs[i]));
                ns = Math.max(ns, Math.abs(si * sc));
                nr = Math.max(nr, Math.abs(r * sc));
                nax = Math.max(nax, Math.abs((axs[i] - si) * sc));
                ri = Math.max(ri, Math.abs(r));
            }
            dotBz = bz;
            dotSz = sz;
            dotRzZ = rzz;
            normzRows = nz;
            normsRows = ns;
            rzRows = nr;
            normAxRows = nax;
            rzInf = ri;
        }

        void updateInfo() {
            double tinv = 1 / tau, cinv = 1 / eq.c;
            double half = 0.5 * dotXPx * tinv * tinv;
            pcost = (dotQx * tinv + half) * cinv;
            dcost = (-dotBz * tinv - half) * cinv;
            double normx = scaledInfNorm(x, eq.xs) * tinv;
            double normz = normzRows * tinv;
            double norms = normsRows * tinv;
            double rzNorm = rzRows * tinv, rxNorm = scaledInfNorm(rx, eq.rxs) * tinv;
            resPrimal = rzNorm / Math.max(1, normB + normx + norms);
            resDual = rxNorm / Math.max(1, normQ + normx + normz);
            // the same residuals relative to the largest term they are made of, as SolutionVerifier measures them:
            // with large auxiliary variables the sums above can exceed those terms many times over
            resPrimalTerms = rzNorm / Math.max(1, Math.max(normB, Math.max(normAxRows * tinv, norms)));
            resDualTerms = rxNorm / Math.max(1, Math.max(normQ, Math.max(scaledInfNorm(pxv, eq.rxs), scaledInfNorm(atz, eq.rxs)) * tinv));
            // the gap is the larger of |pcost − dcost| and the complementarity sᵀz: near the end of a run the two
            // objectives can agree while sᵀz is still balanced by the dual residual (r_dᵀx ≈ −sᵀz), in which case
            // the objective is only accurate to about sᵀz
            // pcost − dcost = sᵀz + r_dᵀx − r_pᵀz: the two residual terms can cancel each other (large x or z with
            // small but spread residuals), so each of the three parts must be small for the objective to be accurate
            double compl = dotSz * tinv * tinv * cinv;
            double rdx = Math.abs(dot(rx, x)) * tinv * tinv * cinv, rpz = Math.abs(dotRzZ) * tinv * tinv * cinv;
            objGapAbs = Math.abs(pcost - dcost);
            gapAbs = Math.max(Math.max(objGapAbs, compl), Math.max(rdx, rpz));
            residualGapAbs = Math.max(objGapAbs, Math.max(rdx, rpz));
            // relative to the objective as the user sees it (constant included)
            double k0 = prob.constant();
            double objScale = Math.max(1, Math.min(Math.abs(pcost + k0), Math.abs(dcost + k0)));
            gapRel = gapAbs / objScale;
            objGapRel = objGapAbs / objScale;
            residualGapRel = residualGapAbs / objScale;
            if (KktSolver.DEBUG) System.out.printf("    gap parts (rel): |p-d| %.2e  sz %.2e  rdx %.2e  rpz %.2e%n",
                    objGapAbs / objScale, compl / objScale, rdx / objScale, rpz / objScale);
            ktRatio = kappa * tinv;
            if (ktRatio > 1) updateRays();
        }

        double elapsed() { return (System.nanoTime() - startNanos) * 1e-9; }

        boolean checkTermination() {
            status = convergenceStatus(true, st.gapAbsTol(), st.gapRelTol(), st.feasTol(), st.infeasAbsTol(), st.infeasRelTol(),
                    SolverStatus.SOLVED, SolverStatus.PRIMAL_INFEASIBLE, SolverStatus.DUAL_INFEASIBLE);
            // τ is numerically zero next to κ: the iterate cannot improve further without underflowing
            if (status == null && !(ktRatio < KT_RATIO_MAX)) status = SolverStatus.NUMERICAL_ERROR;
            if (status == null && iter > 1 && (resDual > prevResDual || resPrimal > prevResPrimal)) {
                // stalled at high accuracy
                if (ktRatio < 100 * 2.220446049250313e-16 && (prevGapAbs < st.gapAbsTol() || prevGapRel < st.gapRelTol()))
                    insufficientProgress = true;
                // diverging out of feasibility
                if (ktRatio < 1 && ((resDual > 100 * st.feasTol() && resDual > 100 * prevResDual)
                        || (resPrimal > 100 * st.feasTol() && resPrimal > 100 * prevResPrimal)))
                    insufficientProgress = true;
                if (insufficientProgress) status = SolverStatus.NUMERICAL_ERROR;
            }
            if (status == null) {
                if (iter >= st.maxIterations()) status = SolverStatus.MAX_ITERATIONS;
                else if (elapsed() > st.timeLimitSeconds()) status = SolverStatus.MAX_TIME;
            }
            return status != null;
        }

        /**
         * Termination test. With {@code complementarity} the gap is max(|pcost − dcost|, sᵀz, |r_dᵀx|, |r_pᵀz|);
         * without it the sᵀz term is left out (used once no further progress is possible).
         */
        SolverStatus convergenceStatus(boolean complementarity, double tolGapAbs, double tolGapRel, double tolFeas, double tolInfAbs,
                                       double tolInfRel, SolverStatus solved, SolverStatus pinf, SolverStatus dinf) {
            double ga = complementarity ? gapAbs : residualGapAbs, gr = complementarity ? gapRel : residualGapRel;
            if (ktRatio <= 1 && (ga < tolGapAbs || gr < tolGapRel) && resPrimal < tolFeas && resDual < tolFeas
                    && resPrimalTerms < TERMS_FACTOR * tolFeas && resDualTerms < TERMS_FACTOR * tolFeas)
                return solved;
            if (ktRatio > 1) {
                // checked whenever κ dominates: the tests compare a ray's violation with its strength on the original
                // data, a ratio independent of the ray's length (what the independent verifier checks), so an iterate
                // that passes them is a certificate wherever the run happens to be
                if (KktSolver.DEBUG) System.out.printf("    infeasibility: primal ray %.3e / %.3e, dual ray %.3e / %.3e%n",
                        pinfViolation, pinfStrength, dinfViolation, dinfStrength);
                if (pinfStrength > tolInfAbs && pinfViolation < tolInfRel * pinfStrength) return pinf;
                if (dinfStrength > tolInfAbs && dinfViolation < tolInfRel * dinfStrength) return dinf;
            }
            return null;
        }

        void enterSafeMode() {
            safeMode = true;
            insufficientProgress = false;
            status = null;
            if (st.verbose()) st.out().println("  (numerical difficulty: continuing with conservative centred steps)");
            kkt.abandonElimination();
        }

        /**
         * After a step that landed on an iterate the method cannot continue from (rounding put it on a cone boundary,
         * or its KKT system is not finite): goes back and takes the same step at half the length. False when there
         * is no previous step or it would become too short.
         */
        boolean retakeLastStepShorter() {
            if (ptau == 0 || !(lastAlpha * STEP_RETRY_FACTOR > st.minTerminateStepLength())) return false;
            restorePrevious();
            System.arraycopy(lastDx, 0, dx, 0, n);
            System.arraycopy(lastDs, 0, ds, 0, m);
            System.arraycopy(lastDz, 0, dz, 0, m);
            dtau = lastDtau;
            dkappa = lastDkappa;
            takeStep(lastAlpha * STEP_RETRY_FACTOR);
            return true;
        }

        /**
         * Saves the iterate as the previous one and moves it by alpha along the current direction. Arrays change
         * roles instead of being copied (a quarter of a million rows on a linear bandit): the direction becomes the
         * last one (every solve overwrites dx, ds, dz whole), and the new iterate is written over the one before the
         * previous, whose arrays then hold the current iterate.
         */
        void takeStep(double alpha) {
            savePrevious();
            lastAlpha = alpha;
            double[] t;
            t = lastDx; lastDx = dx; dx = t;
            t = lastDs; lastDs = ds; ds = t;
            t = lastDz; lastDz = dz; dz = t;
            lastDtau = dtau;
            lastDkappa = dkappa;
            double[] nx = px, ns = ps, nz = pz, ox = x, os = s, oz = z, ux = lastDx, us = lastDs, uz = lastDz;
            for (int i = 0; i < n; i++) nx[i] = ox[i] + alpha * ux[i];
            eachRow((from, to) -> {
                for (int i = from; i < to; i++) {
                    ns[i] = os[i] + alpha * us[i];
                    nz[i] = oz[i] + alpha * uz[i];
                }
            });
            px = ox; ps = os; pz = oz;
            x = nx; s = ns; z = nz;
            tau += alpha * dtau;
            kappa += alpha * dkappa;
            // keep the embedding well scaled
            double scale = Math.max(tau, kappa);
            if (scale > 1e10 || scale < 1e-10) rescale(1 / scale);
        }

        /** The previous iterate's scalars and measures ({@link #takeStep} makes its arrays the previous ones). */
        void savePrevious() {
            ptau = tau;
            pkappa = kappa;
            prevResPrimal = resPrimal;
            prevResDual = resDual;
            prevGapAbs = gapAbs;
            prevGapRel = gapRel;
        }

        void restorePrevious() {
            if (ptau == 0) return; // no step taken yet
            System.arraycopy(px, 0, x, 0, n);
            System.arraycopy(ps, 0, s, 0, m);
            System.arraycopy(pz, 0, z, 0, m);
            tau = ptau;
            kappa = pkappa;
            refresh();
        }

        void rescale(double f) {
            for (int i = 0; i < n; i++) x[i] *= f;
            for (int i = 0; i < m; i++) { s[i] *= f; z[i] *= f; }
            tau *= f;
            kappa *= f;
        }

        // ------------------------------------------------------------------ Newton step

        /**
         * Solves for the step with residual weight {@code w} (d_x = w·rx, d_z = w·rz, d_τ = w·rτ), the Δs offset
         * in {@code rs} and complementarity right-hand side {@code dk} for τκ.
         */
        boolean solveStep(double w, double dk, boolean polish) {
            // K [Δx1; Δz1] = [−d_x; −d_z + r]
            for (int i = 0; i < n; i++) wx[i] = -w * rx[i];
            eachRow((from, to) -> { for (int i = from; i < to; i++) wz[i] = -w * rz[i] + rs[i]; });
            if (!kkt.solve(wx, wz, x1, z1, looseness)) return false;
            double tinv = 1 / tau;
            for (int i = 0; i < n; i++) xi[i] = x[i] * tinv;
            // (2Pξ + q)ᵀΔx1 = 2 (Pξ)ᵀΔx1 + qᵀΔx1 ; Pξ = Px/τ
            double num = w * rtau - dk * tinv;
            double px1 = 0, qx1 = 0, bz1 = 0, px2 = 0, qx2 = 0, bz2 = 0;
            for (int i = 0; i < n; i++) {
                double pxi = pxv[i] * tinv;
                px1 += pxi * x1[i];
                px2 += pxi * x2[i];
                qx1 += q[i] * x1[i];
                qx2 += q[i] * x2[i];
            }
            for (int i = 0; i < m; i++) {
                bz1 += b[i] * z1[i];
                bz2 += b[i] * z2[i];
            }
            num += 2 * px1 + qx1 + bz1;
            double xiPxi = dotXPx * tinv * tinv;
            double den = kappa * tinv + xiPxi - 2 * px2 - qx2 - bz2;
            if (!(den > 0)) {
                // fall back to the algebraically equal, manifestly positive form κ/τ + ‖ξ − x2‖²_P + ‖z2‖²_H
                double d0 = den;
                den = fallbackDenominator();
                if (KktSolver.DEBUG) System.out.printf("    tau denominator %.3e <= 0, fallback %.3e%n", d0, den);
            }
            // a non-positive denominator is rounding noise of a quantity that tends to zero at the solution: the τ
            // direction is then undetermined and τ is kept (Δτ = 0), which the embedding tolerates near the end
            dtau = den > 0 ? num / den : 0.0;
            if (KktSolver.DEBUG) System.out.printf("    dtau = %.3e / %.3e%n", num, den);
            if (!Double.isFinite(dtau)) return false;
            for (int i = 0; i < n; i++) dx[i] = x1[i] + dtau * x2[i];
            double dt = dtau;
            eachRow((from, to) -> { for (int i = from; i < to; i++) dz[i] = z1[i] + dt * z2[i]; });
            if ((dtau != 0 || looseness > 1) && polish && !kkt.trustsFactorization()) {
                // polish (Δx, Δz) against the combined right-hand side: the constant solve (x2, z2) is often far
                // less accurate than the variable one near the end, and its error would enter scaled by Δτ (a trusted
                // factorization's solves need no polish: KktSolver#solveFrom); on an LP this is the only strict
                // refinement of the iteration (LP_LOOSENESS)
                for (int i = 0; i < n; i++) wx[i] = -w * rx[i] - dtau * q[i];
                eachRow((from, to) -> { for (int i = from; i < to; i++) wz[i] = -w * rz[i] + rs[i] + dt * b[i]; });
                if (!kkt.solveFrom(wx, wz, dx, dz, true)) return false;
                if (looseness > 1 && den > 0) correctTauRow(w, dk, den, xiPxi);
            }
            double dtc = dtau; // after any τ-row correction
            // Δs = −r − HΔz, or per cone from the primal linearisation AΔx + Δs − bΔτ = −w·r_z where that is the
            // more accurate of the two (Cone#selectSlackStep): near the boundary of a cone H is huge, and the solve's
            // error, multiplied by it, would enter the primal residual, which only ever shrinks by 1 − α
            kkt.mulHAll(ds, dz);
            eachRow((from, to) -> {
                for (int i = from; i < to; i++) {
                    ds[i] = -rs[i] - ds[i];
                    wz[i] = -w * rz[i] + b[i] * dtc;
                }
            });
            a.multiplyAdd(-1.0, dx, wz);
            double primalTol = 0.1 * rzInf;
            eachCone((from, to) -> {
                for (int i = from; i < to; i++) {
                    // a cone whose two slack steps agree to primalTol keeps Δs (Cone#selectSlackStep's contract):
                    // screened on flat offsets, without touching the cone's own arrays
                    double emax = 0;
                    for (int r = coneOff[i], end = r + coneDim[i]; r < end; r++) emax = Math.max(emax, Math.abs(wz[r] - ds[r]));
                    if (emax > primalTol) coneArr[i].selectSlackStep(ds, wz, primalTol);
                }
            });
            dkappa = -(dk + kappa * dtau) / tau;
            return Double.isFinite(dkappa);
        }

        /**
         * After a polish the direction meets the KKT rows for its Δτ, but Δτ was computed from the unpolished
         * solves: the τ row keeps their error. One correction along the constant solve (x2, z2) removes it, leaving
         * in the KKT rows only that correction times the constant solve's error.
         */
        void correctTauRow(double w, double dk, double den, double xiPxi) {
            double tinv = 1 / tau;
            double rho = w * rtau - dk * tinv - dtau * (kappa * tinv + xiPxi);
            for (int i = 0; i < n; i++) rho += (2 * pxv[i] * tinv + q[i]) * dx[i];
            for (int i = 0; i < m; i++) rho += b[i] * dz[i];
            double c = rho / den;
            if (!Double.isFinite(c)) return;
            if (KktSolver.DEBUG) System.out.printf("    tau row correction %.3e (dtau %.3e)%n", c, dtau);
            dtau += c;
            for (int i = 0; i < n; i++) dx[i] += c * x2[i];
            eachRow((from, to) -> { for (int i = from; i < to; i++) dz[i] += c * z2[i]; });
        }

        double fallbackDenominator() {
            double tinv = 1 / tau;
            for (int i = 0; i < n; i++) xi[i] = x[i] * tinv - x2[i];
            Arrays.fill(wx, 0);
            ConicProblem.symMultiplyAdd(p, xi, wx);
            double v = kappa * tinv + dot(xi, wx);
            for (Cone c : cones) c.mulH(wz, z2);
            return v + dot(z2, wz);
        }

        double stepLength(boolean combined) {
            double amax = 1.0;
            if (dtau < 0) amax = Math.min(amax, -tau / dtau);
            if (dkappa < 0) amax = Math.min(amax, -kappa / dkappa);
            double alpha = amax;
            Cone limiting = null;
            // symmetric cones in parallel chunks (the same minimum); exp/pow cones one by one, each from the running
            // bound (their line search depends on where it starts), and every cone so when debugging, to name the limit
            if (symmetric && !KktSolver.DEBUG) alpha = symmetricStepLength(amax);
            else for (Cone c : coneArr) {
                if (alpha <= 0) break;
                double ac = c.stepLength(dz, ds, z, s, alpha, st.linesearchBacktrack(), st.minTerminateStepLength());
                if (ac < alpha) { alpha = ac; limiting = c; }
            }
            if (KktSolver.DEBUG && combined) System.out.printf("    step limited by %s (amax from tau/kappa %.3e)%n", limiting, amax);
            if (combined) {
                double fraction = symmetric ? st.maxStepFraction() : Math.min(st.maxStepFraction(), NONSYMMETRIC_STEP_FRACTION);
                alpha *= safeMode ? Math.min(fraction, SAFE_STEP_FRACTION) : fraction;
            }
            return alpha;
        }

        /**
         * The step to the boundary when every cone is symmetric: each cone's step is the exact minimum of the given
         * bound and its own boundary crossing, so the cones can be taken in chunks and the chunks' minima combined.
         */
        double symmetricStepLength(double amax) {
            double[] chunkMin = new double[Parallel.CHUNKS];
            par.forRange(coneArr.length, PARALLEL_CONES, (ch, from, to) -> {
                double a = amax;
                for (int i = from; i < to && a > 0; i++) a = Math.min(a, coneArr[i].stepLength(dz, ds, z, s, a, st.linesearchBacktrack(), st.minTerminateStepLength()));
                chunkMin[ch] = a;
            });
            double alpha = amax;
            for (double a : chunkMin) alpha = Math.min(alpha, a);
            return alpha;
        }

        /** Updates every cone's scaling at the current iterate; false when one of them is not interior. */
        boolean updateScalings(ScalingStrategy scaling) {
            boolean[] ok = new boolean[Parallel.CHUNKS];
            double mu0 = mu;
            par.forRange(coneArr.length, PARALLEL_CONES, (ch, from, to) -> {
                boolean all = true;
                for (int i = from; i < to; i++) all &= coneArr[i].updateScaling(s, z, mu0, scaling);
                ok[ch] = all;
            });
            for (boolean b : ok) if (!b) return false;
            return true;
        }

        /** Runs an element-wise loop over the rows (s, z entries), in chunks when they are many. */
        void eachRow(RowRange body) { par.forRange(m, PARALLEL_ROWS, (ch, from, to) -> body.run(from, to)); }

        /** Runs a loop over cones whose operations touch only each cone's own rows, in chunks when they are many. */
        void eachCone(RowRange body) { par.forRange(coneArr.length, PARALLEL_CONES, (ch, from, to) -> body.run(from, to)); }

        /** Backtracks α until the (normalised) barrier proximity of the new point is below its threshold. */
        double backtrackToCentralNeighbourhood(double alpha) {
            int nonsym = 0;
            for (Cone c : cones) if (!c.isSymmetric()) nonsym++;
            double threshold = 1 + 3.0 * nonsym;
            for (int k = 0; k < 50 && alpha > 0; k++) {
                if (proximity(alpha) < threshold) return alpha;
                alpha *= st.linesearchBacktrack();
            }
            return alpha;
        }

        double proximity(double alpha) {
            double t = tau + alpha * dtau, kp = kappa + alpha * dkappa;
            double sz = 0;
            for (int i = 0; i < m; i++) sz += (s[i] + alpha * ds[i]) * (z[i] + alpha * dz[i]);
            double mu1 = (sz + t * kp) / (degree + 1);
            double v = (degree + 1) * Math.log(mu1) - Math.log(t) - Math.log(kp);
            for (Cone c : cones) v += c.barrier(z, s, dz, ds, alpha);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        }

        // ------------------------------------------------------------------ output

        ConicSolution finish() {
            boolean noVerdict = status == SolverStatus.NUMERICAL_ERROR || status == SolverStatus.MAX_ITERATIONS
                    || status == SolverStatus.MAX_TIME;
            if (noVerdict) {
                // the full tolerances on |pcost − dcost| (sᵀz could not be driven lower), then the reduced tier
                SolverStatus almost = breakdownClassification();
                if (almost != null) status = almost;
            }
            // no optimal point either: the best infeasibility ray seen, if it meets a tier
            if (noVerdict && status != SolverStatus.SOLVED && status != SolverStatus.ALMOST_SOLVED) useBestCertificate();
            double[] xo = new double[n], so = new double[m], zo = new double[m];
            double pobj, dobj;
            if (status.isPrimalInfeasible()) {
                double bz = 0;
                for (int i = 0; i < m; i++) {
                    zo[i] = eq.zs[i] * z[i];
                    bz += prob.b()[i] * zo[i];
                }
                double f = bz < 0 ? -1 / bz : 1;
                for (int i = 0; i < m; i++) zo[i] *= f;
                Arrays.fill(xo, Double.NaN);
                Arrays.fill(so, Double.NaN);
                pobj = dobj = Double.POSITIVE_INFINITY;
            } else if (status.isDualInfeasible()) {
                double qx = 0;
                for (int i = 0; i < n; i++) {
                    xo[i] = eq.xs[i] * x[i];
                    qx += prob.q()[i] * xo[i];
                }
                double f = qx < 0 ? -1 / qx : 1;
                for (int i = 0; i < n; i++) xo[i] *= f;
                for (int i = 0; i < m; i++) so[i] = eq.ss[i] * s[i] * f;
                Arrays.fill(zo, Double.NaN);
                pobj = dobj = Double.NEGATIVE_INFINITY;
            } else {
                double tinv = 1 / tau;
                for (int i = 0; i < n; i++) xo[i] = eq.xs[i] * x[i] * tinv;
                for (int i = 0; i < m; i++) {
                    so[i] = eq.ss[i] * s[i] * tinv;
                    zo[i] = eq.zs[i] * z[i] * tinv;
                }
                double xpx = ConicProblem.quadForm(prob.pUpper(), xo);
                pobj = prob.objective(xo);
                dobj = -0.5 * xpx - dot(prob.b(), zo) + prob.constant();
            }
            double time = elapsed();
            if (st.verbose()) {
                st.out().printf("time: total %.3fs, setup %.3fs (KKT analysis %.3fs), %d factorizations %.3fs, %d LDL solves%n",
                        time, (startLoopNanos - startNanos) * 1e-9, tAnalyse * 1e-9, iter, tFactor * 1e-9,
                        kkt == null ? 0 : kkt.triangularSolves());
                st.out().printf("status: %s, iterations: %d, time: %.3fs, primal objective: %.10e, dual objective: %.10e%n",
                        status, iter, time, pobj, dobj);
            }
            return new ConicSolution(status, xo, so, zo, pobj, dobj, iter, time, resPrimal, resDual, objGapAbs, objGapRel);
        }

        void printHeader(PrintStream out) {
            int nnzP = prob.pUpper().nnz(), nnzA = prob.a().nnz();
            int[] counts = new int[5];
            for (ConeSpec c : prob.cones()) {
                if (c instanceof ConeSpec.Zero) counts[0]++;
                else if (c instanceof ConeSpec.Nonneg) counts[1]++;
                else if (c instanceof ConeSpec.Soc) counts[2]++;
                else if (c instanceof ConeSpec.Exp) counts[3]++;
                else if (c instanceof ConeSpec.Pow) counts[4]++;
            }
            out.println("-------------------------------------------------------------------------------------------");
            out.println("  hedgecone native conic interior-point solver (homogeneous embedding, predictor-corrector)");
            out.println("-------------------------------------------------------------------------------------------");
            out.printf("variables n=%d, constraints m=%d, nnz(P)=%d, nnz(A)=%d%n", n, m, nnzP, nnzA);
            out.printf("cones: zero=%d nonneg=%d soc=%d exp=%d pow=%d (degree %d); threads: %d%n", counts[0], counts[1], counts[2], counts[3], counts[4], degree, par.threads());
            out.printf("equilibration: %d Ruiz passes, cost scale %.3e, primal scale %.3e%n", st.ruizIterations(), eq.c, eq.beta);
            out.println("iter    pcost         dcost         gap       pres      dres      k/t       mu        step");
        }

        void printIteration(PrintStream out, double alpha) {
            out.printf("%4d  % .6e  % .6e  %8.2e  %8.2e  %8.2e  %8.2e  %8.2e  %s%n", iter,
                    pcost + prob.constant(), dcost + prob.constant(), gapRel, resPrimal, resDual, ktRatio, mu,
                    iter == 0 ? "  ------" : String.format("%8.2e", alpha));
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static double infNorm(double[] v) {
        double s = 0;
        for (double x : v) s = Math.max(s, Math.abs(x));
        return s;
    }

    static double scaledInfNorm(double[] v, double[] scale) {
        double s = 0;
        for (int i = 0; i < v.length; i++) s = Math.max(s, Math.abs(v[i] * scale[i]));
        return s;
    }
}
