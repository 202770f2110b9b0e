package io.hedgecone.solver.form;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockRowNamesTest {
    private static final List<ModelData.Block> BLOCKS = List.of(
            ModelData.Block.linear("budget", 0, new double[]{1}, new double[]{1}),
            ModelData.Block.cone("arm", 1, 3, BlockKind.QCONE),
            ModelData.Block.linear("cap", 4, new double[]{0, 0}, new double[]{1, 1}));

    @Test void namesRowsLikeTheModelDoes() {
        List<String> names = BlockRowNames.of(BLOCKS);
        assertEquals(List.of("budget", "arm[0]", "arm[1]", "arm[2]", "cap[0]", "cap[1]"), names);
        assertEquals(new ArrayList<>(names), names);
        assertEquals(names.hashCode(), new ArrayList<>(names).hashCode());
    }

    @Test void outOfRangeRowsAndGapsAreRefused() {
        List<String> names = BlockRowNames.of(BLOCKS);
        assertThrows(IndexOutOfBoundsException.class, () -> names.get(6));
        assertThrows(IndexOutOfBoundsException.class, () -> names.get(-1));
        assertThrows(UnsupportedOperationException.class, () -> names.set(0, "x"));
        var gap = List.of(ModelData.Block.linear("a", 0, new double[]{0}, new double[]{1}),
                ModelData.Block.linear("b", 2, new double[]{0}, new double[]{1}));
        var e = assertThrows(IllegalArgumentException.class, () -> BlockRowNames.of(gap));
        assertTrue(e.getMessage().contains("block 'b' starts at row 2, expected 1"), e.getMessage());
        assertEquals(0, BlockRowNames.of(List.of()).size());
    }
}
