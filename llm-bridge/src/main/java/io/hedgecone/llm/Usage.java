package io.hedgecone.llm;

/**
 * Token counts of one request, as the backend reports them.
 *
 * @param promptTokens     tokens read, or -1 when the backend did not report it
 * @param completionTokens tokens generated (0 for embeddings), or -1 when not reported
 */
public record Usage(int promptTokens, int completionTokens) {
    /** Nothing reported. */
    public static final Usage UNREPORTED = new Usage(-1, -1);

    public Usage {
        if (promptTokens < -1 || completionTokens < -1)
            throw new IllegalArgumentException("token counts must be >= -1, got " + promptTokens + ", " + completionTokens);
    }

    public boolean hasCompletionTokens() { return completionTokens >= 0; }

    public boolean hasPromptTokens() { return promptTokens >= 0; }

    /** Adds two usages; a count unreported in either stays unreported. */
    public Usage plus(Usage o) {
        return new Usage(promptTokens < 0 || o.promptTokens < 0 ? -1 : promptTokens + o.promptTokens,
                completionTokens < 0 || o.completionTokens < 0 ? -1 : completionTokens + o.completionTokens);
    }
}
