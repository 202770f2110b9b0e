package io.hedgecone.solver.spi;

import io.hedgecone.solver.form.ModelData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;

/** Finds backends on the class path with {@link ServiceLoader}. */
public final class SolverRegistry {
    private static volatile List<SolverBackend> cache;

    private SolverRegistry() { }

    /** All registered backends, highest priority first. */
    public static List<SolverBackend> all() {
        List<SolverBackend> c = cache;
        if (c == null) {
            List<SolverBackend> found = new ArrayList<>();
            for (SolverBackend b : ServiceLoader.load(SolverBackend.class)) found.add(b);
            found.sort(Comparator.comparingInt(SolverBackend::priority).reversed().thenComparing(SolverBackend::name));
            cache = c = List.copyOf(found);
        }
        return c;
    }

    /** The backend with this name; the error lists the known names. */
    public static SolverBackend get(String name) {
        for (SolverBackend b : all()) if (b.name().equalsIgnoreCase(name)) return b;
        List<String> names = all().stream().map(SolverBackend::name).toList();
        throw new NoSuchElementException("unknown backend '" + name + "'; registered: " + names);
    }

    /** The default backend: the available one with the highest priority. */
    public static SolverBackend defaultBackend() {
        for (SolverBackend b : all()) if (b.available()) return b;
        throw new NoSuchElementException("no solver backend is registered on the class path");
    }

    /** Throws {@link UnsupportedModelException} naming every capability {@code backend} lacks for {@code data}. */
    public static void checkCapabilities(SolverBackend backend, ModelData data) {
        List<String> missing = backend.capabilities().missingFor(data);
        if (!missing.isEmpty())
            throw new UnsupportedModelException("backend '" + backend.name() + "' cannot solve model '" + data.name()
                    + "': it does not support " + String.join(", ", missing));
    }
}
