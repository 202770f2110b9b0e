package io.hedgecone.bandits.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The method names accepted by {@code --method}, in output order. */
public final class Methods {
    private static final Map<String, Supplier<PolicyMethod>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("brmob", Brmob::new);
        ALL.put("brmob-union", BrmobUnion::new);
        ALL.put("brmob-chernoff", BrmobChernoff::new);
        ALL.put("brmob-ellipsoid", BrmobEllipsoid::new);
        ALL.put("cvar", CvarLp::new);
        ALL.put("scenario", ScenarioLp::new);
        ALL.put("var-mip", VarMip::new);
        ALL.put("lcb", Lcb::new);
        ALL.put("greedy", Greedy::new);
        ALL.put("uniform", Uniform::new);
    }

    /** The default list of {@code hedgecone solve}. */
    public static final String DEFAULT = "brmob,lcb,greedy";

    private Methods() { }

    public static List<String> names() { return List.copyOf(ALL.keySet()); }

    /**
     * Parses a comma-separated list, or {@code all}: every method, less {@code var-mip} when its backend is missing
     * (the caller says so).
     */
    public static List<PolicyMethod> parse(String list) {
        List<PolicyMethod> out = new ArrayList<>();
        if (list.strip().equals("all")) {
            for (Map.Entry<String, Supplier<PolicyMethod>> e : ALL.entrySet())
                if (!e.getKey().equals("var-mip") || VarMip.available()) out.add(e.getValue().get());
            return out;
        }
        for (String raw : list.split(",")) {
            String name = raw.strip();
            if (name.isEmpty()) continue;
            Supplier<PolicyMethod> s = ALL.get(name);
            if (s == null) throw new IllegalArgumentException("unknown method '" + name + "'; known: " + String.join(", ", ALL.keySet()) + ", all");
            if (out.stream().noneMatch(m -> m.name().equals(name))) out.add(s.get());
        }
        if (out.isEmpty()) throw new IllegalArgumentException("--method lists no method");
        return out;
    }
}
