package io.hedgecone.rl.eagle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** (b) The k candidates with the best one-step utility U(z_a(x)): EAGLE's "myopic best next step" reference. */
public final class MyopicReducer implements ActionSetReducer {
    @Override public String name() { return "myopic"; }

    @Override public int[] reduce(double[] state, double[][] next, double[] myopic, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < myopic.length; i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -myopic[i]).thenComparingInt(i -> i));
        int[] out = new int[Math.min(k, order.size())];
        for (int i = 0; i < out.length; i++) out[i] = order.get(i);
        Arrays.sort(out);
        return out;
    }
}
