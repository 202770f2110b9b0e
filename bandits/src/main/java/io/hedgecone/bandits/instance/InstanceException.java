package io.hedgecone.bandits.instance;

/** Bad instance data. The message starts with the offending field's JSON path, e.g. {@code posterior.covariance[1][0]}. */
public final class InstanceException extends IllegalArgumentException {
    private final String field;

    public InstanceException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** JSON path of the offending field. */
    public String field() { return field; }
}
