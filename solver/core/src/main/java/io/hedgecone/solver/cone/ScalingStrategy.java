package io.hedgecone.solver.cone;

/** How the exponential and power cones linearise their centrality condition. Symmetric cones always use Nesterov–Todd. */
public enum ScalingStrategy {
    /** The primal-dual (quasi-Newton, rank-3) scaling of Dahl &amp; Andersen: H z = s and H z̃ = s̃. */
    PRIMAL_DUAL,
    /** μ times the Hessian of the dual barrier at z: always well defined, used as a fallback. */
    DUAL
}
