package io.hedgecone.rl.eagle;

import io.hedgecone.rl.util.Softmax;

/**
 * The evaluation record of one episode.
 *
 * @param anchor      anchor item index
 * @param user        user index
 * @param startU      U(E_D(x_0))
 * @param finalU      U(E_D(x_H))
 * @param startUser   ⟨z_u, E_D(x_0)⟩
 * @param finalUser   ⟨z_u, E_D(x_H)⟩
 * @param distance    distance score ‖E_D(x_H) − E_D(x_0)‖: how far the result moved from the anchor
 * @param meanKl      mean KL(π(·|x_t) ‖ π_ref(·|x_t)) over the episode's states
 * @param candidates  mean number of distinct proposals K per state
 */
public record EpisodeOutcome(int anchor, int user, double startU, double finalU, double startUser, double finalUser, double distance,
                             double meanKl, double candidates) {

    public double gain() { return finalU - startU; }

    public double userGain() { return finalUser - startUser; }

    /** Summarises a trajectory. */
    public static EpisodeOutcome of(Trajectory tr) {
        Episode ep = tr.episode();
        double[] z0 = ep.start().embedding(), zH = tr.last().embedding();
        double kl = 0, k = 0;
        for (Trajectory.Step s : tr.steps()) {
            kl += Softmax.kl(s.pi(), s.decision().reference()) / tr.steps().size();
            k += s.decision().candidates() / (double) tr.steps().size();
        }
        return new EpisodeOutcome(ep.anchor(), ep.user(), tr.startUtility(), tr.finalUtility(), ep.utility().userTerm(z0),
                ep.utility().userTerm(zH), ContentGapUtility.dist(zH, z0), kl, k);
    }
}
