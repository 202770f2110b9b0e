package io.hedgecone.design.eagle;

/** Which points the design is computed on. */
public enum Centering {
    /** z_a = E_D(x'), Definition 1 of EAGLE as written. */
    RAW,
    /** z_a = E_D(x') − E_D(x): a design over the directions in which the actions move the state. */
    STATE
}
