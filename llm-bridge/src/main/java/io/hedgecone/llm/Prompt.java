package io.hedgecone.llm;

import java.util.List;
import java.util.Objects;

/**
 * What the model continues: raw text ({@code /v1/completions}) or a chat ({@code /v1/chat/completions}).
 */
public sealed interface Prompt {

    /** A raw text prompt, continued as is. */
    record Text(String text) implements Prompt {
        public Text { Objects.requireNonNull(text, "text"); }
    }

    /** A chat: the model writes the next assistant message. */
    record Chat(List<ChatMessage> messages) implements Prompt {
        public Chat {
            messages = List.copyOf(messages);
            if (messages.isEmpty()) throw new IllegalArgumentException("chat prompt: messages must not be empty");
        }
    }

    static Prompt text(String text) { return new Text(text); }

    static Prompt chat(List<ChatMessage> messages) { return new Chat(messages); }

    static Prompt chat(ChatMessage... messages) { return new Chat(List.of(messages)); }

    /** All the prompt's text in order (messages joined by newlines); used for token estimates and by the simulator. */
    default String joinedText() {
        if (this instanceof Text t) return t.text();
        StringBuilder sb = new StringBuilder();
        for (ChatMessage m : ((Chat) this).messages()) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(m.content());
        }
        return sb.toString();
    }
}
