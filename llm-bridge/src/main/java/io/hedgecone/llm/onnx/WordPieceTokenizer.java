package io.hedgecone.llm.onnx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * BERT's WordPiece tokenizer: {@link BasicTokenizer} words, each split greedily into the longest vocabulary pieces
 * from the left, continuation pieces prefixed {@code ##}; a word with no such split, or longer than 100 characters,
 * becomes {@code [UNK]} as a whole. {@link #encode} adds {@code [CLS]} and {@code [SEP]} and truncates.
 */
public final class WordPieceTokenizer {
    static final String CLS = "[CLS]", SEP = "[SEP]", PAD = "[PAD]", UNK = "[UNK]", MASK = "[MASK]";
    private static final int MAX_CHARS_PER_WORD = 100;

    private static final Set<String> SPECIAL = Set.of(CLS, SEP, PAD, UNK, MASK);

    private final Vocabulary vocab;
    private final BasicTokenizer basic;
    private final int cls, sep, pad, unk;

    /** @param lowercase lower-case and strip accents first (uncased models) */
    public WordPieceTokenizer(Vocabulary vocab, boolean lowercase) {
        this.vocab = vocab;
        this.cls = vocab.require(CLS);
        this.sep = vocab.require(SEP);
        this.pad = vocab.require(PAD);
        this.unk = vocab.require(UNK);
        this.basic = new BasicTokenizer(lowercase, SPECIAL);
    }

    /** The word pieces of {@code text}, without [CLS]/[SEP]. */
    public List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        for (String word : basic.tokenize(text)) {
            if (SPECIAL.contains(word)) {
                out.add(word); // a special token written as a word is passed through, as BERT's tokenizer does
                continue;
            }
            pieces(word, out);
        }
        return out;
    }

    private void pieces(String word, List<String> out) {
        int[] cps = word.codePoints().toArray();
        if (cps.length > MAX_CHARS_PER_WORD) {
            out.add(UNK);
            return;
        }
        List<String> sub = new ArrayList<>();
        int start = 0;
        while (start < cps.length) {
            String found = null;
            int end = cps.length;
            for (; end > start; end--) {
                String piece = (start > 0 ? "##" : "") + new String(cps, start, end - start);
                if (vocab.contains(piece)) {
                    found = piece;
                    break;
                }
            }
            if (found == null) {
                out.add(UNK);
                return;
            }
            sub.add(found);
            start = end;
        }
        out.addAll(sub);
    }

    /**
     * {@code [CLS] pieces [SEP]}, the pieces cut so that the whole is at most {@code maxTokens} long (≥ 2).
     */
    public Encoding encode(String text, int maxTokens) {
        if (maxTokens < 2) throw new IllegalArgumentException("max tokens must be >= 2 (for [CLS] and [SEP]), got " + maxTokens);
        List<String> pieces = tokenize(text);
        int n = Math.min(pieces.size(), maxTokens - 2);
        long[] ids = new long[n + 2];
        ids[0] = cls;
        for (int i = 0; i < n; i++) {
            int id = vocab.id(pieces.get(i));
            ids[i + 1] = id >= 0 ? id : unk;
        }
        ids[n + 1] = sep;
        return new Encoding(ids, pieces.size() > n);
    }

    /** The id that fills positions past a text's end. */
    public int padId() { return pad; }
}
