package io.hedgecone.llm.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The LLM bridge's settings, merged from (lowest first) a settings file, the environment and explicit overrides (the
 * command line). Each value remembers where it came from, so an error can say which line or variable to fix.
 *
 * <p>The settings file has one {@code key = value} per line; blank lines and lines starting with {@code #} are
 * ignored; no escapes, so Windows paths stay as written. Keys are those of {@link Setting}; an unknown key, in the
 * file or as a {@code HEDGECONE_LLM_*} variable, is an error rather than a silently ignored typo.
 *
 * <p>The API key is held as a {@link Secret}; {@link #toString()} redacts it. {@code OPENAI_API_KEY} is deliberately
 * not read: it would send a hosted-API key to whatever endpoint is configured.
 */
public final class LlmSettings {
    private static final System.Logger LOG = System.getLogger("io.hedgecone.llm");

    private record Entry(String value, String source) {}

    private final Map<Setting, Entry> values;

    private LlmSettings(Map<Setting, Entry> values) { this.values = values; }

    /** No settings: every backend default applies. */
    public static LlmSettings empty() { return new LlmSettings(new EnumMap<>(Setting.class)); }

    /** The process environment, plus the file that {@code HEDGECONE_LLM_CONFIG} names if it is set. */
    public static LlmSettings fromEnvironment() { return load(null, System.getenv()); }

    /**
     * Reads {@code file} (or, when it is {@code null}, the file named by {@code HEDGECONE_LLM_CONFIG} in {@code env},
     * if any), then applies the {@code HEDGECONE_LLM_*} variables of {@code env} on top.
     *
     * @throws IllegalArgumentException a malformed line, an unknown key or a missing file, naming it
     */
    public static LlmSettings load(Path file, Map<String, String> env) {
        EnumMap<Setting, Entry> m = new EnumMap<>(Setting.class);
        Path f = file;
        if (f == null && env.get(Setting.CONFIG_FILE_ENV) != null && !env.get(Setting.CONFIG_FILE_ENV).isBlank())
            f = Path.of(env.get(Setting.CONFIG_FILE_ENV));
        if (f != null) readFile(f, m);
        for (var e : env.entrySet()) {
            String name = e.getKey();
            if (!name.startsWith(Setting.ENV_PREFIX) || name.equals(Setting.CONFIG_FILE_ENV)) continue;
            Setting s = Setting.byEnvName(name);
            if (s == null)
                throw new IllegalArgumentException("unknown environment variable " + name + " (known: "
                        + Arrays.stream(Setting.values()).map(Setting::envName).collect(Collectors.joining(", ")) + ", "
                        + Setting.CONFIG_FILE_ENV + ")");
            if (!e.getValue().isBlank()) m.put(s, new Entry(e.getValue().strip(), "environment variable " + name));
        }
        return new LlmSettings(m);
    }

    private static void readFile(Path f, Map<Setting, Entry> m) {
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("settings file " + f + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read settings file " + f + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String where = f + ":" + (i + 1);
            int eq = line.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException(where + ": expected 'key = value', got '" + abbreviate(line) + "'");
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            Setting s = Setting.byKey(key);
            if (s == null)
                throw new IllegalArgumentException(where + ": unknown key '" + key + "' (known: "
                        + Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.joining(", ")) + ")");
            if (m.containsKey(s)) throw new IllegalArgumentException(where + ": key '" + key + "' given twice");
            String value = line.substring(eq + 1).strip();
            if (!value.isEmpty()) m.put(s, new Entry(value, "settings file " + where));
        }
        if (m.containsKey(Setting.API_KEY)) warnIfOthersCanRead(f);
    }

    private static void warnIfOthersCanRead(Path f) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(f);
            if (p.contains(PosixFilePermission.OTHERS_READ) || p.contains(PosixFilePermission.GROUP_READ))
                LOG.log(System.Logger.Level.WARNING, "settings file " + f + " holds api_key and is readable by other users; chmod 600 it");
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing to check
        }
    }

    private static String abbreviate(String s) {
        // a malformed line might be a bare key: never echo much of it
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** A copy with {@code s} set to {@code value} (from {@code source}, e.g. "--endpoint"); {@code null} value: unchanged. */
    public LlmSettings with(Setting s, String value, String source) {
        if (value == null) return this;
        EnumMap<Setting, Entry> m = new EnumMap<>(Setting.class);
        m.putAll(values);
        m.put(s, new Entry(value.strip(), source));
        return new LlmSettings(m);
    }

    /** The raw value, if set. */
    public Optional<String> string(Setting s) {
        Entry e = values.get(s);
        return e == null ? Optional.empty() : Optional.of(e.value);
    }

    public boolean has(Setting s) { return values.containsKey(s); }

    /** Where the value came from ("settings file F:3", "environment variable X", "--endpoint"), or "default". */
    public String sourceOf(Setting s) {
        Entry e = values.get(s);
        return e == null ? "default" : e.source;
    }

    /** An integer in [min, max], or {@code dflt} when unset. */
    public int integer(Setting s, int dflt, int min, int max) {
        Entry e = values.get(s);
        if (e == null) return dflt;
        int v;
        try {
            v = Integer.parseInt(e.value);
        } catch (NumberFormatException ex) {
            throw invalid(s, e, "an integer");
        }
        if (v < min || v > max) throw invalid(s, e, "an integer in " + min + ".." + max);
        return v;
    }

    /** {@code true}/{@code false} (also yes/no, 1/0), or {@code dflt} when unset. */
    public boolean bool(Setting s, boolean dflt) {
        Entry e = values.get(s);
        if (e == null) return dflt;
        return switch (e.value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw invalid(s, e, "true or false");
        };
    }

    /** An http or https URL, if set. */
    public Optional<URI> url(Setting s) {
        Entry e = values.get(s);
        if (e == null) return Optional.empty();
        try {
            URI u = new URI(e.value);
            if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null)
                throw invalid(s, e, "an http:// or https:// URL with a host");
            return Optional.of(u);
        } catch (URISyntaxException ex) {
            throw invalid(s, e, "a URL (" + ex.getReason() + ")");
        }
    }

    /** A file path, if set. */
    public Optional<Path> path(Setting s) { return string(s).map(Path::of); }

    /** The API key, if set. */
    public Optional<Secret> apiKey() { return string(Setting.API_KEY).map(Secret::of); }

    private static IllegalArgumentException invalid(Setting s, Entry e, String expected) {
        String shown = s == Setting.API_KEY ? "(redacted)" : "'" + e.value + "'";
        return new IllegalArgumentException(s.key() + " must be " + expected + ", got " + shown + " (from " + e.source + ")");
    }

    /** All set values with their sources; the API key redacted. */
    @Override public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey().key() + "=" + (e.getKey() == Setting.API_KEY ? "(redacted)" : e.getValue().value)
                        + " [" + e.getValue().source + "]")
                .collect(Collectors.joining(", ", "LlmSettings{", "}"));
    }
}
