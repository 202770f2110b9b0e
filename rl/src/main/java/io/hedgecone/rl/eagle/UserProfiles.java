package io.hedgecone.rl.eagle;

import io.hedgecone.llm.sim.AttributeSpace;
import io.hedgecone.rl.mf.RatingMatrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Derives profiles from ratings and item attributes: affinity_j(u) = mean over u's rated items of
 * (r_ui − r̄_u)(a_ij − ā_j); the most positive affinities are likes, the most negative dislikes.
 */
public final class UserProfiles {
    private UserProfiles() {}

    public static List<UserProfile> fromRatings(RatingMatrix m, double[][] levels, AttributeSpace space, int likes, int dislikes) {
        int attrs = space.size();
        double[] mean = new double[attrs];
        for (double[] l : levels) for (int j = 0; j < attrs; j++) mean[j] += l[j] / levels.length;
        List<UserProfile> out = new ArrayList<>(m.users());
        for (int u = 0; u < m.users(); u++) {
            double avg = 0;
            for (int p = m.userStart(u); p < m.userEnd(u); p++) avg += m.userValue(p);
            avg /= Math.max(1, m.userCount(u));
            double[] aff = new double[attrs];
            for (int p = m.userStart(u); p < m.userEnd(u); p++) {
                double dev = m.userValue(p) - avg;
                double[] l = levels[m.userItem(p)];
                for (int j = 0; j < attrs; j++) aff[j] += dev * (l[j] - mean[j]);
            }
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < attrs; j++) order.add(j);
            order.sort(Comparator.comparingDouble((Integer j) -> -aff[j]).thenComparingInt(j -> j));
            List<String> like = new ArrayList<>(), dislike = new ArrayList<>();
            for (int j : order) if (like.size() < likes && aff[j] > 0) like.add(space.names().get(j));
            for (int q = order.size() - 1; q >= 0; q--) {
                int j = order.get(q);
                if (dislike.size() < dislikes && aff[j] < 0) dislike.add(space.names().get(j));
            }
            out.add(new UserProfile(like, dislike));
        }
        return List.copyOf(out);
    }
}
