package io.hedgecone.llm.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's settings table lists every key the code accepts. */
class SettingsDocumentedTest {
    @Test void everyKeyIsInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (Setting s : Setting.values())
            assertTrue(readme.contains("| `" + s.key() + "` |"), "README.md settings table lacks " + s.key());
    }
}
