package io.hedgecone.rl.eagle;

import io.hedgecone.llm.sim.AttributeSpace;
import io.hedgecone.llm.sim.SimItem;

import java.util.List;

/**
 * What EAGLE's environment is built from: items (name, attribute levels that their text states, behavioural embedding
 * from WALS) and users (behavioural embedding, textual profile), all in one latent space Z = R^n.
 *
 * @param name            data set name
 * @param space           item attributes (the words of item texts)
 * @param itemNames       item names (titles)
 * @param itemLevels      items × attributes, levels in [0, 1] with two decimals
 * @param itemEmbeddings  items × n, WALS item factors
 * @param userEmbeddings  users × n, WALS user factors
 * @param profiles        one profile per user
 * @param fit             how well the factorization fits
 */
public record EagleDataset(String name, AttributeSpace space, List<String> itemNames, double[][] itemLevels, double[][] itemEmbeddings,
                           double[][] userEmbeddings, List<UserProfile> profiles, FitReport fit) {

    /**
     * Quality of the behavioural embeddings.
     *
     * @param ratings      observed ratings used
     * @param rank         latent dimension n
     * @param trainRmse    RMSE on the ratings the factors were fitted to
     * @param heldOutRmse  RMSE on held-out ratings
     * @param meanOnlyRmse held-out RMSE of predicting the training mean (the trivial baseline)
     */
    public record FitReport(int ratings, int rank, double trainRmse, double heldOutRmse, double meanOnlyRmse) {}

    public EagleDataset {
        itemNames = List.copyOf(itemNames);
        profiles = List.copyOf(profiles);
        if (itemLevels.length != itemNames.size() || itemEmbeddings.length != itemNames.size())
            throw new IllegalArgumentException("item arrays differ in length");
        if (profiles.size() != userEmbeddings.length) throw new IllegalArgumentException("one profile per user expected");
    }

    public int items() { return itemNames.size(); }

    public int users() { return userEmbeddings.length; }

    public int rank() { return itemEmbeddings[0].length; }

    /** The item's text: {@code item: action=0.80 comedy=0.10 ...}. */
    public String itemText(int i) { return SimItem.of(space, itemLevels[i]).render(); }
}
