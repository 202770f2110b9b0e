package io.hedgecone.design.fw;

/**
 * Exact line search for log det along w ← (1−γ)w + γ·e_j, where V ← (1−γ)V + γ z_j z_jᵀ and
 * log det changes by (r−1)·log(1−γ) + log(1 + γ(g_j − 1)). The maximizer is γ* = (g_j/r − 1)/(g_j − 1).
 */
final class LogDetStep {
    private LogDetStep() { }

    /** Toward vertex j with leverage g &gt; r: γ* ∈ (0, 1). */
    static double toward(double g, int r) { return (g / r - 1) / (g - 1); }

    /**
     * Away from support point j (weight wj &lt; 1, leverage g &lt; r): γ ∈ [−wj/(1−wj), 0). The concave
     * objective is maximized at γ* when it lies in the interval; otherwise at the drop step that zeroes w_j. For
     * g ≤ 1 the objective decreases on the whole interval, so the drop step is optimal.
     */
    static double away(double g, int r, double wj) {
        double drop = -wj / (1 - wj);
        if (g <= 1) return drop;
        return Math.max((g / r - 1) / (g - 1), drop);
    }

    /** The change of log det for step γ on a point with leverage g: (r−1)·log(1−γ) + log(1 + γ(g−1)). */
    static double gain(double gamma, double g, int r) {
        return (r - 1) * Math.log1p(-gamma) + Math.log1p(gamma * (g - 1));
    }

    /**
     * Pairwise step moving mass γ ∈ [0, wm] from m to j: det V changes by the factor
     * 1 + γ(g_j − g_m) − γ²(g_j g_m − g_jm²), concave in γ because g_jm² ≤ g_j g_m (Cauchy–Schwarz). Returns the
     * maximizer over [0, wm].
     */
    static double pairwise(double gj, double gm, double gjm, double wm) {
        double curv = gj * gm - gjm * gjm;
        if (!(gj > gm)) return 0;
        return curv > 0 ? Math.min(wm, (gj - gm) / (2 * curv)) : wm;
    }

    /** log of the determinant factor of a pairwise step γ. */
    static double pairwiseGain(double gamma, double gj, double gm, double gjm) {
        return Math.log1p(gamma * (gj - gm) - gamma * gamma * (gj * gm - gjm * gjm));
    }
}
