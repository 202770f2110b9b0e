package io.hedgecone.rl.policy;

/** score(x) = θᵀx (no bias: a softmax ignores constant shifts). Starts at θ = 0. */
public final class LinearScorer implements Scorer {
    private final double[] theta;

    public LinearScorer(int inputDim) {
        if (inputDim < 1) throw new IllegalArgumentException("input dimension must be >= 1, got " + inputDim);
        theta = new double[inputDim];
    }

    private LinearScorer(double[] theta) { this.theta = theta; }

    @Override public int inputDim() { return theta.length; }

    @Override public double[] parameters() { return theta; }

    @Override public double score(double[] x) {
        double s = 0;
        for (int i = 0; i < theta.length; i++) s += theta[i] * x[i];
        return s;
    }

    @Override public void accumulateGradient(double[] x, double dScore, double[] grad) {
        for (int i = 0; i < theta.length; i++) grad[i] += dScore * x[i];
    }

    @Override public Scorer copy() { return new LinearScorer(theta.clone()); }
}
