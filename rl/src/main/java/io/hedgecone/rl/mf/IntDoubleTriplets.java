package io.hedgecone.rl.mf;

import java.util.Arrays;

/** A growable list of (user, item, value) triplets, the input of {@link RatingMatrix#of}. */
final class IntDoubleTriplets {
    private int[] users, items;
    private double[] values;
    private int size;

    IntDoubleTriplets(int capacity) {
        int c = Math.max(16, capacity);
        users = new int[c];
        items = new int[c];
        values = new double[c];
    }

    void add(int u, int i, double v) {
        if (size == users.length) {
            int c = users.length * 2;
            users = Arrays.copyOf(users, c);
            items = Arrays.copyOf(items, c);
            values = Arrays.copyOf(values, c);
        }
        users[size] = u;
        items[size] = i;
        values[size++] = v;
    }

    int size() { return size; }

    int user(int k) { return users[k]; }

    int item(int k) { return items[k]; }

    double value(int k) { return values[k]; }

    RatingMatrix build(int nUsers, int nItems) {
        return RatingMatrix.of(nUsers, nItems, Arrays.copyOf(users, size), Arrays.copyOf(items, size), Arrays.copyOf(values, size));
    }
}
