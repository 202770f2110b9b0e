package io.hedgecone.solver.form;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * Row names derived from the blocks, made on demand: a block of one row is named like the block, row i of a larger
 * block {@code name[i]}. A model with hundreds of thousands of rows then flattens without building as many strings
 * (they are read only for messages and file writers). Immutable; equal to any list with the same names.
 */
public final class BlockRowNames extends AbstractList<String> implements RandomAccess {
    private final String[] names;
    private final int[] starts, sizes;
    private final int rows;

    private BlockRowNames(List<ModelData.Block> blocks) {
        int k = blocks.size();
        names = new String[k];
        starts = new int[k];
        sizes = new int[k];
        int next = 0;
        for (int b = 0; b < k; b++) {
            ModelData.Block block = blocks.get(b);
            if (block.start() != next)
                throw new IllegalArgumentException("block '" + block.name() + "' starts at row " + block.start() + ", expected " + next);
            names[b] = block.name();
            starts[b] = block.start();
            sizes[b] = block.size();
            next = block.end();
        }
        rows = next;
    }

    /** The names of the rows the given consecutive blocks (starting at row 0) cover. */
    public static List<String> of(List<ModelData.Block> blocks) { return new BlockRowNames(blocks); }

    @Override public String get(int row) {
        if (row < 0 || row >= rows) throw new IndexOutOfBoundsException("row " + row + " of " + rows);
        int b = Arrays.binarySearch(starts, row);
        if (b < 0) b = -b - 2;
        return sizes[b] == 1 ? names[b] : names[b] + "[" + (row - starts[b]) + "]";
    }

    @Override public int size() { return rows; }
}
