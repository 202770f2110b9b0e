package io.hedgecone.llm.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmSettingsTest {
    @TempDir Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("llm.conf");
        Files.writeString(f, text);
        return f;
    }

    @Test void fileThenEnvironmentThenCommandLine() throws IOException {
        Path f = file("# comment\n\nendpoint = http://file:1/v1\nmodel=from-file\nmax_concurrency = 4\nonnx_model = C:\\models\\e5.onnx\n");
        LlmSettings s = LlmSettings.load(f, Map.of("HEDGECONE_LLM_MODEL", "from-env", "PATH", "/bin"));
        assertEquals("http://file:1/v1", s.string(Setting.ENDPOINT).orElseThrow());
        assertEquals("from-env", s.string(Setting.MODEL).orElseThrow());
        assertEquals(4, s.integer(Setting.MAX_CONCURRENCY, 16, 1, 100));
        assertEquals("C:\\models\\e5.onnx", s.string(Setting.ONNX_MODEL).orElseThrow()); // no escape processing
        assertEquals("settings file " + f + ":3", s.sourceOf(Setting.ENDPOINT));
        assertEquals("environment variable HEDGECONE_LLM_MODEL", s.sourceOf(Setting.MODEL));
        LlmSettings cli = s.with(Setting.MODEL, "from-cli", "--model");
        assertEquals("from-cli", cli.string(Setting.MODEL).orElseThrow());
        assertEquals("from-env", s.string(Setting.MODEL).orElseThrow()); // immutable
    }

    @Test void theConfigVariableNamesTheFile() throws IOException {
        Path f = file("model = m1\n");
        LlmSettings s = LlmSettings.load(null, Map.of("HEDGECONE_LLM_CONFIG", f.toString()));
        assertEquals("m1", s.string(Setting.MODEL).orElseThrow());
    }

    @Test void typosAreErrorsNamingTheLine() throws IOException {
        Path f = file("endpoint = http://x/v1\nmax_concurency = 3\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LlmSettings.load(f, Map.of()));
        assertTrue(e.getMessage().startsWith(f + ":2: unknown key 'max_concurency'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LlmSettings.load(null, Map.of("HEDGECONE_LLM_ENDPONT", "x")));
        assertTrue(e.getMessage().startsWith("unknown environment variable HEDGECONE_LLM_ENDPONT"), e.getMessage());
        Path g = file("model = a\nmodel = b\n");
        e = assertThrows(IllegalArgumentException.class, () -> LlmSettings.load(g, Map.of()));
        assertTrue(e.getMessage().contains(":2: key 'model' given twice"), e.getMessage());
        Path h = file("just-a-word\n");
        e = assertThrows(IllegalArgumentException.class, () -> LlmSettings.load(h, Map.of()));
        assertTrue(e.getMessage().contains(":1: expected 'key = value'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LlmSettings.load(dir.resolve("nope.conf"), Map.of()));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test void theApiKeyNeverAppearsInTextOrErrors() throws IOException {
        Path f = file("api_key = sk-file-SECRET\n");
        LlmSettings s = LlmSettings.load(f, Map.of());
        assertEquals("sk-file-SECRET", s.apiKey().orElseThrow().reveal());
        assertFalse(s.toString().contains("SECRET"), s.toString());
        assertFalse(s.apiKey().orElseThrow().toString().contains("SECRET"));
        LlmSettings bad = LlmSettings.empty().with(Setting.API_KEY, "sk-bool-SECRET", "test");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bad.bool(Setting.API_KEY, false));
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    }

    @Test void openAiApiKeyIsNotPickedUp() {
        LlmSettings s = LlmSettings.load(null, Map.of("OPENAI_API_KEY", "sk-hosted"));
        assertTrue(s.apiKey().isEmpty());
    }

    @Test void everySettingHasAnEnvironmentName() {
        for (Setting s : Setting.values()) assertEquals(s, Setting.byEnvName(s.envName()));
        assertEquals("HEDGECONE_LLM_MAX_RETRY_AFTER_S", Setting.MAX_RETRY_AFTER_S.envName());
    }
}
