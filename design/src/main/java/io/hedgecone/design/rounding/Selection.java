package io.hedgecone.design.rounding;

import java.util.List;

/**
 * What a rounding rule chose.
 *
 * @param indices  k distinct candidate indices, ascending
 * @param accepted for EAGLE's rejection sampling: whether the subset passed the acceptance test; null otherwise
 * @param draws    random subsets drawn (rejection sampling), 0 otherwise
 * @param notes    remarks (fills, which start won an exchange, ...)
 */
public record Selection(int[] indices, Boolean accepted, int draws, List<String> notes) {
    public Selection {
        indices = indices.clone();
        java.util.Arrays.sort(indices);
        notes = List.copyOf(notes);
    }

    static Selection of(int[] indices, List<String> notes) { return new Selection(indices, null, 0, notes); }
}
