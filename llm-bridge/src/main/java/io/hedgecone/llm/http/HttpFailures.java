package io.hedgecone.llm.http;

import io.hedgecone.llm.LlmBadRequestException;
import io.hedgecone.llm.LlmException;
import io.hedgecone.llm.LlmPermanentException;
import io.hedgecone.llm.LlmTimeoutException;
import io.hedgecone.llm.LlmTransientException;
import io.hedgecone.llm.wire.ErrorWire;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/** Sorts an HTTP status or an I/O failure into the bridge's exception kinds. */
final class HttpFailures {
    private HttpFailures() {}

    /**
     * The exception for a non-2xx response to {@code call} (e.g. "POST http://h/v1/completions").
     * 408, 425, 429 and 5xx are transient; 400, 404, 405, 413, 415, 422 bad requests; anything else permanent.
     */
    static LlmException forStatus(String call, int status, byte[] body, Duration retryAfter) {
        String why = ErrorWire.explain(body);
        String msg = call + ": HTTP " + status + (why.isEmpty() ? "" : ": " + why);
        return switch (status) {
            case 408, 425, 429 -> new LlmTransientException(msg, status, retryAfter, null);
            case 400, 405, 413, 415, 422 -> new LlmBadRequestException(msg, status, null);
            case 404 -> new LlmBadRequestException(msg + " (unknown model, or the endpoint is not the server's base URL"
                    + " including /v1, e.g. http://127.0.0.1:8000/v1)", status, null);
            case 401, 403 -> new LlmPermanentException(msg + " (check api_key / HEDGECONE_LLM_API_KEY)", status, null);
            default -> status >= 500 && status <= 599
                    ? new LlmTransientException(msg, status, retryAfter, null)
                    : new LlmPermanentException(msg, status, null);
        };
    }

    /** The exception for a request that got no usable response at all. */
    static LlmException forThrowable(String call, Throwable t, Duration timeout) {
        if (t instanceof HttpConnectTimeoutException)
            return new LlmTimeoutException(call + ": connecting timed out", t);
        if (t instanceof HttpTimeoutException)
            return new LlmTimeoutException(call + ": no response within " + seconds(timeout), t);
        if (t instanceof ConnectException || t.getCause() instanceof UnresolvedAddressException)
            return new LlmTransientException(call + ": cannot connect (" + (t.getMessage() == null && t instanceof ConnectException
                    ? "connection refused" : describe(t)) + "); is the server running?", -1, null, t);
        if (t instanceof IOException)
            return new LlmTransientException(call + ": connection failed before the response was complete (" + describe(t) + ")", -1, null, t);
        if (t instanceof IllegalArgumentException)
            return new LlmBadRequestException(call + ": " + describe(t), -1, t);
        if (t instanceof LlmException e) return e;
        return new LlmPermanentException(call + ": unexpected failure: " + describe(t), -1, t);
    }

    static String seconds(Duration d) { return String.format(java.util.Locale.ROOT, "%.3g s", d.toNanos() / 1e9); }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
