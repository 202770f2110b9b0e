package io.hedgecone.design;

/** How a continuous design is computed. */
public enum Method {
    /** A conic model through the modeling API, solved by a capable backend. */
    CONIC,
    /** Frank–Wolfe with away steps (and Harman–Pronzato elimination for D/G). */
    FW,
    /** CONIC when a capable backend is registered and the model is small (see {@link DesignOptions#autoConicLimit()}), else FW. */
    AUTO;

    /** Parses "conic", "fw", "auto" (any case). */
    public static Method parse(String s) {
        for (Method m : values()) if (m.name().equalsIgnoreCase(s.trim())) return m;
        throw new IllegalArgumentException("unknown method '" + s + "'; expected conic, fw or auto");
    }

    /** Lower-case name used in output. */
    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
