package io.hedgecone.rl.mf;

import java.util.Arrays;

/**
 * A sparse users × items matrix of observed ratings, stored twice (rows by user and rows by item, CSR) so that both
 * half-steps of alternating least squares read contiguous memory. Immutable.
 */
public final class RatingMatrix {
    private final int users, items;
    private final int[] userPtr, userItems, itemPtr, itemUsers;
    private final double[] userValues, itemValues;

    private RatingMatrix(int users, int items, int[] userPtr, int[] userItems, double[] userValues, int[] itemPtr, int[] itemUsers,
                         double[] itemValues) {
        this.users = users;
        this.items = items;
        this.userPtr = userPtr;
        this.userItems = userItems;
        this.userValues = userValues;
        this.itemPtr = itemPtr;
        this.itemUsers = itemUsers;
        this.itemValues = itemValues;
    }

    /**
     * From triplets (user[k], item[k], value[k]); indices in 0..users-1 and 0..items-1, values finite, each pair at most once.
     */
    public static RatingMatrix of(int users, int items, int[] user, int[] item, double[] value) {
        int nnz = user.length;
        if (item.length != nnz || value.length != nnz) throw new IllegalArgumentException("triplet arrays differ in length");
        for (int k = 0; k < nnz; k++) {
            if (user[k] < 0 || user[k] >= users) throw new IllegalArgumentException("rating " + k + ": user " + user[k] + " outside 0.." + (users - 1));
            if (item[k] < 0 || item[k] >= items) throw new IllegalArgumentException("rating " + k + ": item " + item[k] + " outside 0.." + (items - 1));
            if (!Double.isFinite(value[k])) throw new IllegalArgumentException("rating " + k + " is not finite: " + value[k]);
        }
        int[] up = new int[users + 1], ip = new int[items + 1];
        for (int k = 0; k < nnz; k++) { up[user[k] + 1]++; ip[item[k] + 1]++; }
        for (int u = 0; u < users; u++) up[u + 1] += up[u];
        for (int i = 0; i < items; i++) ip[i + 1] += ip[i];
        int[] ui = new int[nnz], iu = new int[nnz];
        double[] uv = new double[nnz], iv = new double[nnz];
        int[] fill = Arrays.copyOf(up, users);
        for (int k = 0; k < nnz; k++) { // counting sort by user, input order within a user
            int p = fill[user[k]]++;
            ui[p] = item[k];
            uv[p] = value[k];
        }
        for (int u = 0; u < users; u++) sortRow(ui, uv, up[u], up[u + 1]);
        fill = Arrays.copyOf(ip, items);
        for (int u = 0; u < users; u++) // users in order: each item row comes out sorted by user
            for (int p = up[u]; p < up[u + 1]; p++) {
                int q = fill[ui[p]]++;
                iu[q] = u;
                iv[q] = uv[p];
            }
        for (int u = 0; u < users; u++)
            for (int p = up[u] + 1; p < up[u + 1]; p++)
                if (ui[p] == ui[p - 1]) throw new IllegalArgumentException("user " + u + " rates item " + ui[p] + " twice");
        return new RatingMatrix(users, items, up, ui, uv, ip, iu, iv);
    }

    /** Sorts entries [from, to) by index, carrying the values along. */
    private static void sortRow(int[] idx, double[] val, int from, int to) {
        int len = to - from;
        if (len < 2) return;
        long[] keys = new long[len]; // (index, position) packed: a primitive sort that carries the permutation
        for (int p = 0; p < len; p++) keys[p] = ((long) idx[from + p] << 32) | p;
        Arrays.sort(keys);
        int[] i2 = new int[len];
        double[] v2 = new double[len];
        for (int p = 0; p < len; p++) {
            i2[p] = (int) (keys[p] >>> 32);
            v2[p] = val[from + (int) keys[p]];
        }
        System.arraycopy(i2, 0, idx, from, len);
        System.arraycopy(v2, 0, val, from, len);
    }

    public int users() { return users; }

    public int items() { return items; }

    /** Number of observed ratings. */
    public int size() { return userItems.length; }

    /** Ratings of user {@code u}: CSR range [userStart(u), userEnd(u)) of {@link #userItem} / {@link #userValue}. */
    public int userStart(int u) { return userPtr[u]; }

    public int userEnd(int u) { return userPtr[u + 1]; }

    public int userItem(int p) { return userItems[p]; }

    public double userValue(int p) { return userValues[p]; }

    /** Ratings of item {@code i}: CSR range [itemStart(i), itemEnd(i)) of {@link #itemUser} / {@link #itemValue}. */
    public int itemStart(int i) { return itemPtr[i]; }

    public int itemEnd(int i) { return itemPtr[i + 1]; }

    public int itemUser(int p) { return itemUsers[p]; }

    public double itemValue(int p) { return itemValues[p]; }

    public int userCount(int u) { return userPtr[u + 1] - userPtr[u]; }

    public int itemCount(int i) { return itemPtr[i + 1] - itemPtr[i]; }

    /** Mean of all observed values. */
    public double mean() {
        double s = 0;
        for (double v : userValues) s += v;
        return userValues.length == 0 ? Double.NaN : s / userValues.length;
    }
}
