package io.hedgecone.solver.ipm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SettingsTest {
    static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test void defaultsAreValidAndDocumented() {
        Settings s = Settings.defaults();
        assertEquals(1e-8, s.feasTol());
        assertEquals(1e-8, s.gapAbsTol());
        assertEquals(1e-8, s.gapRelTol());
        assertEquals(200, s.maxIterations());
        assertEquals(Double.POSITIVE_INFINITY, s.timeLimitSeconds());
        assertTrue(s.reducedFeasTol() > s.feasTol());
        assertEquals(s, s.toBuilder().build());
    }

    @Test void invalidValuesAreRefusedWithTheirName() {
        assertTrue(message(() -> Settings.builder().feasTol(0).build()).contains("feasTol"));
        assertTrue(message(() -> Settings.builder().gapRelTol(Double.NaN).build()).contains("gapRelTol"));
        assertTrue(message(() -> Settings.builder().maxIterations(-1).build()).contains("maxIterations"));
        assertTrue(message(() -> Settings.builder().timeLimitSeconds(0).build()).contains("timeLimitSeconds"));
        assertTrue(message(() -> Settings.builder().maxStepFraction(1.5).build()).contains("maxStepFraction"));
        assertTrue(message(() -> Settings.builder().threads(-2).build()).contains("threads"));
        assertTrue(message(() -> Settings.builder().linesearchBacktrack(1).build()).contains("linesearchBacktrack"));
        assertTrue(message(() -> Settings.builder().ruizIterations(-3).build()).contains("ruizIterations"));
        assertTrue(message(() -> Settings.builder().ruizMinScaling(2).build()).contains("ruizMinScaling"));
        assertTrue(message(() -> Settings.builder().refinementStopRatio(0.5).build()).contains("refinementStopRatio"));
        assertTrue(message(() -> Settings.builder().dynamicRegDelta(0).build()).contains("dynamicRegDelta"));
        assertTrue(message(() -> Settings.builder().feasTol(1e-3).build()).contains("reducedFeasTol"),
                "a full tolerance looser than the reduced one is refused");
        assertThrows(NullPointerException.class, () -> Settings.builder().out(null).build());
        assertThrows(NullPointerException.class, () -> Settings.builder().ldlFactory(null).build());
    }
}
