package io.hedgecone.llm.onnx;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected pieces are worked out by hand from BERT's algorithm (several are the reference tokenizer's own test cases). */
class WordPieceTokenizerTest {
    private static final Vocabulary V = Vocabulary.of(List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
            "want", "##want", "##ed", "wa", "un", "runn", "##ing", ",", "low", "lowest", "hello", "!", "how", "are", "you", "?",
            "é", "ah", "zz", "\u535A", "\u63A8", "ac", "a", "##b"));
    private final WordPieceTokenizer uncased = new WordPieceTokenizer(V, true), cased = new WordPieceTokenizer(V, false);

    @Test void greedyLongestMatchFirst() {
        assertEquals(List.of("un", "##want", "##ed", ",", "runn", "##ing"), uncased.tokenize("UNwant\u00E9d,running"));
        assertEquals(List.of("[UNK]", "runn", "##ing"), uncased.tokenize("unwantedX running")); // no split of the whole word: one [UNK]
        assertEquals(List.of("lowest"), uncased.tokenize("lowest")); // the longest piece, not low + ...
        assertEquals(List.of(), uncased.tokenize(""));
    }

    @Test void whitespacePunctuationAndCase() {
        assertEquals(List.of("hello", "!", "how", "are", "you", "?"), uncased.tokenize(" \tHeLLo!how  \n Are yoU?  "));
        assertEquals(List.of("[UNK]", "!", "how", "[UNK]", "[UNK]", "?"), cased.tokenize(" \tHeLLo!how  \n Are yoU?  "));
        assertEquals(List.of("a", "##b", "[UNK]", "a"), uncased.tokenize("ab$a")); // "$" is punctuation to BERT although Unicode calls it a symbol
    }

    @Test void accentsAreStrippedOnlyWhenLowercasing() {
        assertEquals(List.of("hello"), uncased.tokenize("H\u00E9llo"));
        assertEquals(List.of("é"), cased.tokenize("e\u0301")); // NFC first: e + combining acute is the one character é
        assertEquals(List.of("[UNK]"), cased.tokenize("H\u00E9llo"));
    }

    @Test void cjkIdeographsStandAlone() {
        assertEquals(List.of("ah", "\u535A", "\u63A8", "zz"), uncased.tokenize("ah\u535A\u63A8zz"));
    }

    @Test void controlAndFormatCharactersVanish() {
        assertEquals(List.of("ac"), uncased.tokenize("a\u0000c"));
        assertEquals(List.of("ac"), uncased.tokenize("a\u200Bc")); // zero-width space is a format character (Cf)
        assertEquals(List.of("ac"), uncased.tokenize("a\uFFFDc"));
        assertEquals(List.of("a", "a"), uncased.tokenize("a\u2028a")); // line separator splits words
        assertEquals(List.of("a", "a"), uncased.tokenize("a\u00A0a")); // no-break space is a space
    }

    @Test void charactersOutsideTheBmpCountOnce() {
        assertEquals(List.of("[UNK]"), uncased.tokenize("\uD83D\uDE00")); // one emoji, one unknown word
        assertEquals(List.of("[UNK]"), uncased.tokenize("a\uD83D\uDE00"));
        assertEquals(List.of("[UNK]"), uncased.tokenize("a".repeat(101))); // longer than 100 characters
        assertEquals(List.of("a"), uncased.tokenize("a".repeat(1)));
    }

    @Test void specialTokensWrittenAsWordsPassThrough() {
        assertEquals(List.of("hello", "[SEP]", "you"), uncased.tokenize("hello [SEP] you"));
    }

    @Test void encodingAddsClsAndSepAndTruncates() {
        Encoding e = uncased.encode("hello how are you", 256);
        assertArrayEquals(new long[]{2, 15, 17, 18, 19, 3}, e.ids());
        assertFalse(e.truncated());
        Encoding t = uncased.encode("hello how are you", 4);
        assertArrayEquals(new long[]{2, 15, 17, 3}, t.ids());
        assertTrue(t.truncated());
        assertEquals(0, uncased.padId());
        assertThrows(IllegalArgumentException.class, () -> uncased.encode("x", 1));
    }

    @Test void vocabularyFilesAreReadAsTheReferenceLoaderDoes(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("vocab.txt");
        Files.write(f, "[PAD]\r\n[UNK]\r\n[CLS]\r\n[SEP]\r\nx\r\nx\r\n".getBytes(StandardCharsets.UTF_8));
        Vocabulary v = Vocabulary.load(f);
        assertEquals(6, v.size());
        assertEquals(2, v.id("[CLS]")); // "\r" removed
        assertEquals(5, v.id("x")); // listed twice: the last line wins
        Vocabulary noCls = Vocabulary.of(List.of("[PAD]", "[UNK]", "[SEP]"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WordPieceTokenizer(noCls, true));
        assertEquals("vocabulary has no [CLS] token; is it a BERT WordPiece vocab.txt?", e.getMessage());
    }
}
