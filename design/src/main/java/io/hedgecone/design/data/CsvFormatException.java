package io.hedgecone.design.data;

import java.util.List;

/** A points file with bad rows; {@link #problems()} lists "FILE:LINE: what is wrong" for each (up to a limit). */
public final class CsvFormatException extends IllegalArgumentException {
    private final List<String> problems;

    CsvFormatException(String summary, List<String> problems) {
        super(summary + System.lineSeparator() + String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
