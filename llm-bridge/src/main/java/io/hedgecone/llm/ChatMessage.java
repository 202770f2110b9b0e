package io.hedgecone.llm;

import java.util.Locale;
import java.util.Objects;

/**
 * One message of a chat prompt.
 *
 * @param role    who speaks
 * @param content the message text
 */
public record ChatMessage(Role role, String content) {

    /** The speaker of a message, as the chat protocol names it. */
    public enum Role {
        SYSTEM, USER, ASSISTANT;

        /** The protocol's lower-case name. */
        public String wireName() { return name().toLowerCase(Locale.ROOT); }

        /** Parses a protocol name; {@code null} if it is none of the three. */
        public static Role fromWire(String name) {
            for (Role r : values()) if (r.wireName().equals(name)) return r;
            return null;
        }
    }

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    public static ChatMessage system(String content) { return new ChatMessage(Role.SYSTEM, content); }

    public static ChatMessage user(String content) { return new ChatMessage(Role.USER, content); }

    public static ChatMessage assistant(String content) { return new ChatMessage(Role.ASSISTANT, content); }
}
