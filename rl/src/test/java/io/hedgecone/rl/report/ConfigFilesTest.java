package io.hedgecone.rl.report;

import io.hedgecone.rl.bon.BonConfig;
import io.hedgecone.rl.eagle.EagleConfig;
import io.hedgecone.rl.util.Ci;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ConfigFilesTest {
    @Test void aFileOverridesOnlyWhatItStates(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.json");
        Files.writeString(f, "{\"seeds\": [7, 8], \"env\": {\"horizon\": 3}, \"data\": {\"wals\": {\"rank\": 4, \"mode\": \"implicit\"}}}");
        EagleConfig c = ConfigFiles.load(f, EagleConfig.defaults(), EagleConfig.class);
        assertEquals(List.of(7L, 8L), c.seeds());
        assertEquals(3, c.env().horizon());
        assertEquals(EagleConfig.defaults().env().candidates(), c.env().candidates());
        assertEquals(4, c.data().wals().rank());
        assertEquals(io.hedgecone.rl.mf.WalsConfig.Mode.IMPLICIT, c.data().wals().mode());
        assertEquals(c, ConfigFiles.load(write(dir, ConfigFiles.toJson(c)), EagleConfig.defaults(), EagleConfig.class), "round trip");
    }

    @Test void unknownKeysAndInvalidValuesAreErrorsThatNameTheFile(@TempDir Path dir) throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigFiles.load(write(dir, "{\"n\": 4, \"methds\": []}"), BonConfig.defaults(), BonConfig.class));
        assertTrue(e.getMessage().contains("methds"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConfigFiles.load(write(dir, "{\"methods\": [\"bon-magic\"]}"), BonConfig.defaults(), BonConfig.class));
        assertTrue(e.getMessage().contains("bon-magic"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfigFiles.load(write(dir, "[1]"), BonConfig.defaults(), BonConfig.class));
        assertThrows(IllegalArgumentException.class, () -> ConfigFiles.load(dir.resolve("missing.json"), BonConfig.defaults(), BonConfig.class));
    }

    @Test void studentTAndWilsonIntervals() {
        Ci c = Ci.ofMean(new double[]{1, 2, 3, 4, 5});
        assertEquals(3, c.mean(), 0);
        assertEquals(2.7764451 * Math.sqrt(2.5) / Math.sqrt(5), c.halfWidth(), 1e-6); // t_{0.975, 4} = 2.776445
        Ci w = Ci.wilson(8, 10, 0.95);
        assertEquals(0.4902, w.lo(), 1e-4); // Wilson 95 % for 8/10: [0.4902, 0.9433]
        assertEquals(0.9433, w.hi(), 1e-4);
        assertTrue(Double.isNaN(Ci.ofMean(new double[]{1}).halfWidth()));
    }

    private static Path write(Path dir, String s) throws Exception {
        Path f = Files.createTempFile(dir, "c", ".json");
        Files.writeString(f, s);
        return f;
    }
}
