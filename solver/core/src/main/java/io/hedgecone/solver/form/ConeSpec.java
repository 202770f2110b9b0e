package io.hedgecone.solver.form;

/**
 * One cone of the canonical product cone K, in the order of the rows of the canonical form
 * {@code Ax + s = b, s ∈ K}. Orders follow Clarabel/SCS conventions:
 * <ul>
 *   <li>{@link Zero}: s = 0 (dual cone: free);</li>
 *   <li>{@link Nonneg}: s ≥ 0;</li>
 *   <li>{@link Soc}: s₀ ≥ ‖s₁..ₙ₋₁‖₂, dimension n ≥ 1;</li>
 *   <li>{@link Exp}: closure of {(x, y, z) : y > 0, y·exp(x/y) ≤ z} (3 rows);</li>
 *   <li>{@link Pow}: {(x, y, z) : x^α · y^(1−α) ≥ |z|, x, y ≥ 0}, 0 &lt; α &lt; 1 (3 rows);</li>
 *   <li>{@link PsdTri}: reserved (scaled lower-triangular PSD); no backend accepts it yet.</li>
 * </ul>
 */
public sealed interface ConeSpec {
    /** Number of rows (scalar slack entries) of this cone. */
    int dim();

    /** Degree ν of the cone's standard barrier (used by interior-point methods). */
    int degree();

    record Zero(int dim) implements ConeSpec {
        public Zero { requirePositive(dim, "Zero"); }
        public int degree() { return 0; }
    }

    record Nonneg(int dim) implements ConeSpec {
        public Nonneg { requirePositive(dim, "Nonneg"); }
        public int degree() { return dim; }
    }

    record Soc(int dim) implements ConeSpec {
        public Soc { requirePositive(dim, "Soc"); }
        public int degree() { return 1; }
    }

    record Exp() implements ConeSpec {
        public int dim() { return 3; }
        public int degree() { return 3; }
    }

    record Pow(double alpha) implements ConeSpec {
        public Pow {
            if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("power cone exponent must lie in (0,1), got " + alpha);
        }
        public int dim() { return 3; }
        public int degree() { return 3; }
    }

    /** Reserved: n×n PSD matrices as their n(n+1)/2 scaled lower-triangular entries. */
    record PsdTri(int n) implements ConeSpec {
        public PsdTri { requirePositive(n, "PsdTri"); }
        public int dim() { return n * (n + 1) / 2; }
        public int degree() { return n; }
    }

    private static void requirePositive(int dim, String cone) {
        if (dim < 1) throw new IllegalArgumentException(cone + " cone dimension must be >= 1, got " + dim);
    }
}
