package io.hedgecone.llm.onnx;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * BERT's pre-tokenizer, step for step as the reference implementation (Google's {@code tokenization.py} and Hugging
 * Face's {@code BasicTokenizer}): drop NUL, U+FFFD and every "C*" character except tab/newline/return; map
 * whitespace to spaces; surround CJK ideographs with spaces; NFC-normalise; split on whitespace; for uncased
 * models lower-case and strip accents (NFD, drop non-spacing marks); split off every punctuation character (Unicode
 * "P*" plus the ASCII symbols BERT counts as punctuation). Special tokens such as {@code [CLS]} written as whole
 * words are kept as they are. Works on code points, so characters outside the BMP count once.
 */
final class BasicTokenizer {
    private final boolean lowercase;
    private final Set<String> neverSplit;

    BasicTokenizer(boolean lowercase, Set<String> neverSplit) {
        this.lowercase = lowercase;
        this.neverSplit = Set.copyOf(neverSplit);
    }

    List<String> tokenize(String text) {
        String t = Normalizer.normalize(spaceCjk(clean(text)), Normalizer.Form.NFC);
        List<String> pieces = new ArrayList<>();
        for (String word : splitWhitespace(t)) {
            if (neverSplit.contains(word)) {
                pieces.add(word);
                continue;
            }
            String w = lowercase ? stripAccents(word.toLowerCase(Locale.ROOT)) : word;
            splitPunctuation(w, pieces);
        }
        return pieces;
    }

    private static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) return;
            if (isWhitespace(cp)) sb.append(' ');
            else sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    private static String spaceCjk(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (isCjk(cp)) sb.append(' ').appendCodePoint(cp).append(' ');
            else sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    /** Python's str.split() on what is left after cleaning: spaces and the line/paragraph separators. */
    private static List<String> splitWhitespace(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("[ \u2028\u2029]+")) if (!s.isEmpty()) out.add(s);
        return out;
    }

    private static String stripAccents(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        Normalizer.normalize(s, Normalizer.Form.NFD).codePoints().forEach(cp -> {
            if (Character.getType(cp) != Character.NON_SPACING_MARK) sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    private static void splitPunctuation(String word, List<String> out) {
        StringBuilder cur = new StringBuilder();
        word.codePoints().forEach(cp -> {
            if (isPunctuation(cp)) {
                if (cur.length() > 0) out.add(cur.toString());
                cur.setLength(0);
                out.add(new String(Character.toChars(cp)));
            } else {
                cur.appendCodePoint(cp);
            }
        });
        if (cur.length() > 0) out.add(cur.toString());
    }

    static boolean isWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') return false;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> true;
            default -> false;
        };
    }

    static boolean isPunctuation(int cp) {
        // BERT treats all non-letter/number ASCII as punctuation ("$", "^", "`" are symbols in Unicode)
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) return true;
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** The CJK Unified Ideographs blocks BERT splits into single characters (not Hangul, Hiragana or Katakana). */
    static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
