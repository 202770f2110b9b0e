package io.hedgecone.llm.http;

import io.hedgecone.llm.config.LlmSettings;
import io.hedgecone.llm.config.Setting;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiConfigTest {

    @Test void readsEverySettingAndKeepsTheKeySecret() {
        LlmSettings s = LlmSettings.load(null, Map.of(
                "HEDGECONE_LLM_ENDPOINT", "http://127.0.0.1:8000/v1/",
                "HEDGECONE_LLM_API_KEY", "sk-abc-SECRET",
                "HEDGECONE_LLM_MODEL", "llama",
                "HEDGECONE_LLM_EMBEDDING_DIMENSION", "384",
                "HEDGECONE_LLM_MAX_CONCURRENCY", "8",
                "HEDGECONE_LLM_REQUEST_TIMEOUT_S", "30",
                "HEDGECONE_LLM_MAX_ATTEMPTS", "2",
                "HEDGECONE_LLM_BACKOFF_INITIAL_MS", "50"));
        OpenAiConfig c = OpenAiConfig.from(s);
        assertEquals(URI.create("http://127.0.0.1:8000/v1"), c.endpoint()); // trailing slash dropped
        assertEquals(URI.create("http://127.0.0.1:8000/v1/chat/completions"), c.resolve("chat/completions"));
        assertEquals("sk-abc-SECRET", c.apiKey().reveal());
        assertEquals("llama", c.model());
        assertNull(c.embeddingModel());
        assertEquals(384, c.embeddingDimension());
        assertEquals(8, c.maxConcurrency());
        assertEquals(Duration.ofSeconds(30), c.requestTimeout());
        assertEquals(2, c.retry().maxAttempts());
        assertEquals(Duration.ofMillis(50), c.retry().initialBackoff());
        assertEquals(Duration.ofSeconds(20), c.retry().maxBackoff());
        assertFalse(c.toString().contains("SECRET"), c.toString());
    }

    @Test void aMissingEndpointSaysHowToGiveOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpenAiConfig.from(LlmSettings.empty()));
        assertTrue(e.getMessage().contains("--endpoint") && e.getMessage().contains("HEDGECONE_LLM_ENDPOINT"), e.getMessage());
    }

    @Test void aBadValueNamesTheKeyAndWhereItCameFrom() {
        LlmSettings s = LlmSettings.empty().with(Setting.ENDPOINT, "http://127.0.0.1:1/v1", "--endpoint")
                .with(Setting.MAX_CONCURRENCY, "0", "--concurrency");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpenAiConfig.from(s));
        assertEquals("max_concurrency must be an integer in 1..4096, got '0' (from --concurrency)", e.getMessage());
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> OpenAiConfig.from(LlmSettings.empty().with(Setting.ENDPOINT, "ftp://x/v1", "--endpoint")));
        assertTrue(e2.getMessage().startsWith("endpoint must be an http:// or https:// URL"), e2.getMessage());
    }
}
