package io.hedgecone.llm.sim;

import io.hedgecone.llm.LlmBadRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the simulator reads in a prompt: the last line that starts with {@code item:} and the {@code edit:} lines after
 * it. Other lines are free text and ignored. A malformed item or edit line is a bad request naming the line.
 *
 * @param item  the current item, or {@code null} if the prompt has none
 * @param edits edits to apply to it, in order
 */
record SimPrompt(SimItem item, List<Edit> edits) {
    private static final Pattern VALUE = Pattern.compile("(0(\\.\\d{1,2})?|1(\\.0{1,2})?)");
    private static final Pattern EDIT = Pattern.compile("(increase|decrease)\\s+(\\S+)\\s+by\\s+(\\S+)|set\\s+(\\S+)\\s+to\\s+(\\S+)");

    static SimPrompt parse(String text, AttributeSpace space) {
        String[] lines = text.split("\\R", -1);
        SimItem item = null;
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("item:")) {
                item = parseItem(line.substring(5), space, i + 1);
                edits.clear(); // edits before the last item belong to an earlier turn
            } else if (line.startsWith("edit:")) {
                if (item == null) throw bad(i + 1, "an edit line must follow an item line");
                edits.add(parseEdit(line.substring(5).strip(), space, i + 1));
            }
        }
        return new SimPrompt(item, List.copyOf(edits));
    }

    /** The last item line of {@code text}, if any (edit lines are ignored). */
    static SimItem lastItem(String text, AttributeSpace space) {
        String[] lines = text.split("\\R", -1);
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (line.startsWith("item:")) return parseItem(line.substring(5), space, i + 1);
        }
        return null;
    }

    private static SimItem parseItem(String body, AttributeSpace space, int lineNo) {
        int[] levels = new int[space.size()];
        boolean[] seen = new boolean[space.size()];
        for (String tok : body.strip().split("\\s+")) {
            if (tok.isEmpty()) continue;
            int eq = tok.indexOf('=');
            if (eq < 0) throw bad(lineNo, "'" + tok + "' is not attribute=value");
            String name = tok.substring(0, eq);
            int idx = space.indexOf(name);
            if (idx < 0) throw bad(lineNo, "unknown attribute '" + name + "' (known: " + String.join(", ", space.names()) + ")");
            if (seen[idx]) throw bad(lineNo, "attribute '" + name + "' given twice");
            levels[idx] = level(tok.substring(eq + 1), lineNo, name);
            seen[idx] = true;
        }
        for (int i = 0; i < seen.length; i++)
            if (!seen[i]) throw bad(lineNo, "item has no value for attribute '" + space.names().get(i) + "'");
        return SimItem.ofLevels(space, levels);
    }

    private static Edit parseEdit(String body, AttributeSpace space, int lineNo) {
        Matcher m = EDIT.matcher(body);
        if (!m.matches())
            throw bad(lineNo, "edit must be 'increase|decrease ATTRIBUTE by V' or 'set ATTRIBUTE to V', got '" + body + "'");
        boolean set = m.group(4) != null;
        String name = set ? m.group(4) : m.group(2);
        if (space.indexOf(name) < 0) throw bad(lineNo, "unknown attribute '" + name + "' (known: " + String.join(", ", space.names()) + ")");
        Edit.Kind kind = set ? Edit.Kind.SET : m.group(1).equals("increase") ? Edit.Kind.INCREASE : Edit.Kind.DECREASE;
        return new Edit(kind, name, level(set ? m.group(5) : m.group(3), lineNo, name));
    }

    private static int level(String v, int lineNo, String name) {
        if (!VALUE.matcher(v).matches())
            throw bad(lineNo, name + " value '" + v + "' must be a number in [0, 1] with at most two decimals");
        return (int) Math.round(Double.parseDouble(v) * SimItem.STEPS);
    }

    private static LlmBadRequestException bad(int line, String what) {
        return new LlmBadRequestException("simulator prompt line " + line + ": " + what);
    }
}
