package io.hedgecone.design.fw;

/** A subset of {0..K−1} with O(1) add, remove and membership, and its members packed in an array for scans. */
final class IndexSet {
    private final int[] members;
    private final int[] pos; // position in members, −1 if absent
    private int size;

    IndexSet(int k) {
        members = new int[k];
        pos = new int[k];
        java.util.Arrays.fill(pos, -1);
    }

    /** The full set {0..K−1}. */
    static IndexSet all(int k) {
        IndexSet s = new IndexSet(k);
        for (int i = 0; i < k; i++) s.add(i);
        return s;
    }

    boolean contains(int i) { return pos[i] >= 0; }
    int size() { return size; }
    int get(int p) { return members[p]; }

    void add(int i) {
        if (pos[i] >= 0) return;
        pos[i] = size;
        members[size++] = i;
    }

    void remove(int i) {
        int p = pos[i];
        if (p < 0) return;
        int last = members[--size];
        members[p] = last;
        pos[last] = p;
        pos[i] = -1;
    }
}
