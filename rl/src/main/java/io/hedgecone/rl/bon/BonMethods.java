package io.hedgecone.rl.bon;

import java.util.List;

/** The fine-tuning methods by name. */
public final class BonMethods {
    /** Every name {@link #of} accepts, in the order the experiment reports them. */
    public static final List<String> NAMES = List.of("sft", "rl", "bon-sft", "bon-rl-v", "bon-rl-v-sampled", "bon-rl-s", "bon-rl-s-sampled",
            "bon-rlb", "bon-rlb-p");

    private BonMethods() {}

    /**
     * @param draws  BoN draws per prompt of the sampled BoN-RL variants
     * @param exactP BoN-RLB uses the exact failure probability instead of the samples' failed share
     * @param clip   BoN-RLB weight clip
     */
    public static BonMethod of(String name, int draws, boolean exactP, double clip) {
        return switch (name) {
            case "sft" -> new Sft();
            case "rl" -> new SingleSampleRl();
            case "bon-sft" -> new BonSft();
            case "bon-rl-v" -> new BonRlExact(Selection.VERIFIER);
            case "bon-rl-v-sampled" -> new BonRlSampled(Selection.VERIFIER, draws);
            case "bon-rl-s" -> new BonRlExact(Selection.REWARD);
            case "bon-rl-s-sampled" -> new BonRlSampled(Selection.REWARD, draws);
            case "bon-rlb" -> new BonRlb(true, exactP, clip);
            case "bon-rlb-p" -> new BonRlb(false, exactP, clip);
            default -> throw new IllegalArgumentException("unknown method '" + name + "'; expected one of " + NAMES);
        };
    }
}
