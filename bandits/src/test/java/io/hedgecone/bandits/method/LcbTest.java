package io.hedgecone.bandits.method;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LcbTest {
    @Test void alphaChoices() {
        // z_{0.9} = 1.2815515655 (tables); the others are closed forms. Tolerance 1e-9.
        assertEquals(1.2815515655, Lcb.parseAlpha("z", 0.1, 4), 1e-9);
        assertEquals(Math.sqrt(2 * Math.log(10)), Lcb.parseAlpha("chernoff", 0.1, 4), 1e-12);
        assertEquals(Math.sqrt(5 * 4 * Math.log(10)), Lcb.parseAlpha("hong", 0.1, 4), 1e-12);
        assertEquals(0.1, Lcb.parseAlpha("0.1", 0.1, 4));
        assertThrows(IllegalArgumentException.class, () -> Lcb.parseAlpha("big", 0.1, 4));
        assertThrows(IllegalArgumentException.class, () -> Lcb.parseAlpha("-1", 0.1, 4));
    }

    @Test void methodListParsing() {
        assertEquals(3, Methods.parse(Methods.DEFAULT).size());
        assertEquals("brmob", Methods.parse(" brmob , brmob").get(0).name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Methods.parse("brmob,lbc"));
        assertTrue(e.getMessage().contains("lbc"));
        assertTrue(Methods.parse("all").size() >= 9);
    }
}
