package io.hedgecone.bandits.method;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** The arms that currently have constraints in a constraint-generation loop. */
final class WorkingSet {
    private final boolean[] in;
    private int size;

    WorkingSet(int k) { in = new boolean[k]; }

    int size() { return size; }

    boolean contains(int a) { return in[a]; }

    /** The member arms in increasing order. */
    int[] arms() { return IntStream.range(0, in.length).filter(a -> in[a]).toArray(); }

    /** Adds the {@code count} arms with the largest score (all arms when count ≥ k). */
    void addTop(double[] score, int count) {
        Integer[] order = IntStream.range(0, score.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer a) -> -score[a]).thenComparingInt(a -> a));
        for (int i = 0; i < Math.min(count, order.length); i++) add(order[i]);
    }

    /** Adds up to {@code max} non-members whose score exceeds {@code threshold}, largest first; returns how many. */
    int addViolated(double[] score, double threshold, int max) {
        Integer[] cand = IntStream.range(0, score.length).filter(a -> !in[a] && score[a] > threshold).boxed().toArray(Integer[]::new);
        Arrays.sort(cand, Comparator.comparingDouble((Integer a) -> -score[a]).thenComparingInt(a -> a));
        int n = Math.min(max, cand.length);
        for (int i = 0; i < n; i++) add(cand[i]);
        return n;
    }

    private void add(int a) {
        if (!in[a]) {
            in[a] = true;
            size++;
        }
    }
}
