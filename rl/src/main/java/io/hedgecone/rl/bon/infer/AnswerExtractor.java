package io.hedgecone.rl.bon.infer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts a response's final answer and compares it with the reference. By default the answer is the last number in
 * the response (thousands separators dropped), the usual convention for math word problems; a custom regular
 * expression takes its first group (or the whole match) of the last match. Numbers compare by value, other answers by
 * case-insensitive text.
 */
public final class AnswerExtractor {
    private static final Pattern LAST_NUMBER = Pattern.compile("-?\\d[\\d,]*(?:\\.\\d+)?|-?\\.\\d+");
    private final Pattern pattern;
    private final boolean numberDefault;

    private AnswerExtractor(Pattern pattern, boolean numberDefault) {
        this.pattern = pattern;
        this.numberDefault = numberDefault;
    }

    /** The last number in the text. */
    public static AnswerExtractor lastNumber() { return new AnswerExtractor(LAST_NUMBER, true); }

    /** The last match of {@code regex} (its group 1 if it has one). */
    public static AnswerExtractor regex(String regex) {
        try {
            return new AnswerExtractor(Pattern.compile(regex, Pattern.DOTALL), false);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("answer regex: " + e.getDescription() + " in '" + regex + "'");
        }
    }

    /** The answer, or null if the text has none. */
    public String extract(String text) {
        Matcher m = pattern.matcher(text);
        String last = null;
        while (m.find()) last = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
        if (last == null) return null;
        last = last.strip();
        return numberDefault ? last.replace(",", "") : last;
    }

    /** Whether an extracted answer equals the reference. */
    public static boolean matches(String extracted, String reference) {
        if (extracted == null) return false;
        BigDecimal a = number(extracted), b = number(reference);
        if (a != null && b != null) return a.compareTo(b) == 0;
        return extracted.strip().toLowerCase(Locale.ROOT).equals(reference.strip().toLowerCase(Locale.ROOT));
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
