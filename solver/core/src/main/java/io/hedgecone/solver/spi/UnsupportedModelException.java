package io.hedgecone.solver.spi;

/** A backend was asked to solve a model needing a capability it lacks. The message names the capability. */
public class UnsupportedModelException extends IllegalArgumentException {
    public UnsupportedModelException(String message) { super(message); }
}
