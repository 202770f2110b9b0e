package io.hedgecone.design;

/** The digest's candidate sets with analytic optimal designs (A.4, "unit tests with exact answers"). */
public final class ExactCases {
    private ExactCases() { }

    /** Z = I_n. */
    public static double[][] identity(int n) {
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) z[i][i] = 1;
        return z;
    }

    /** Z = {±e_i}: rows 2i (+e_i) and 2i+1 (−e_i). */
    public static double[][] plusMinus(int n) {
        double[][] z = new double[2 * n][n];
        for (int i = 0; i < n; i++) { z[2 * i][i] = 1; z[2 * i + 1][i] = -1; }
        return z;
    }

    /** m points evenly spaced on the unit circle, starting at angle 0. */
    public static double[][] circle(int m) {
        double[][] z = new double[m][2];
        for (int i = 0; i < m; i++) { double t = 2 * Math.PI * i / m; z[i][0] = Math.cos(t); z[i][1] = Math.sin(t); }
        return z;
    }

    /** {(1,0), (0,1), (1,1)}: D-optimal w = (1/3, 1/3, 1/3). */
    public static double[][] threePoints() { return new double[][]{{1, 0}, {0, 1}, {1, 1}}; }

    /** {(2,0), (0,1), (1,1)}: D-optimal w = (7/15, 4/15, 4/15), det V = 16/15. */
    public static double[][] threePointsScaled() { return new double[][]{{2, 0}, {0, 1}, {1, 1}}; }

    /** I_n with the interior point 0.5·e_1 appended (last row). */
    public static double[][] identityWithInterior(int n) {
        double[][] z = new double[n + 1][n];
        for (int i = 0; i < n; i++) z[i][i] = 1;
        z[n][0] = 0.5;
        return z;
    }
}
