package io.hedgecone.llm.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hedgecone.llm.ChatMessage;
import io.hedgecone.llm.FinishReason;
import io.hedgecone.llm.Generation;
import io.hedgecone.llm.GenerationRequest;
import io.hedgecone.llm.Prompt;
import io.hedgecone.llm.Sample;
import io.hedgecone.llm.SamplingParams;
import io.hedgecone.llm.TokenLogprob;
import io.hedgecone.llm.Usage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/completions} (text prompts) and {@code /v1/chat/completions} (chat prompts): request and response bodies.
 * The two differ in how the prompt, the sample text and the log-probabilities are laid out; sampling fields are shared.
 */
public final class CompletionWire {
    private CompletionWire() {}

    // ---------------------------------------------------------------- client side

    /** The request body for {@code r}, sent to {@code model}; chat or text by the prompt's kind. */
    public static ObjectNode request(GenerationRequest r, String model) {
        ObjectNode o = Json.object();
        o.put("model", model);
        if (r.prompt() instanceof Prompt.Text t) {
            o.put("prompt", t.text());
        } else {
            ArrayNode msgs = o.putArray("messages");
            for (ChatMessage m : ((Prompt.Chat) r.prompt()).messages())
                msgs.addObject().put("role", m.role().wireName()).put("content", m.content());
        }
        SamplingParams p = r.params();
        o.put("n", p.n());
        o.put("temperature", p.temperature());
        o.put("top_p", p.topP());
        o.put("max_tokens", p.maxTokens());
        if (!p.stop().isEmpty()) {
            ArrayNode s = o.putArray("stop");
            p.stop().forEach(s::add);
        }
        if (p.seed() != null) o.put("seed", p.seed());
        if (p.logprobs() != null) {
            if (r.prompt() instanceof Prompt.Text) {
                o.put("logprobs", p.logprobs());
            } else {
                o.put("logprobs", true);
                if (p.logprobs() > 0) o.put("top_logprobs", p.logprobs());
            }
        }
        return o;
    }

    /**
     * Reads a response to {@code r}: exactly {@code n} choices with distinct indices, the text, and the
     * log-probabilities when they were asked for.
     */
    public static Generation response(JsonNode body, GenerationRequest r, String requestedModel) {
        boolean chat = r.prompt() instanceof Prompt.Chat;
        WireNode root = WireNode.root(body, "response");
        List<WireNode> choices = root.req("choices").array();
        int n = r.params().n();
        if (choices.size() != n)
            throw new WireFormatException("server returned " + choices.size() + " choices for n=" + n
                    + (choices.size() < n ? " (some servers, e.g. Ollama, ignore n: ask for n=1 repeatedly)" : ""));
        Sample[] samples = new Sample[n];
        for (int pos = 0; pos < n; pos++) {
            WireNode c = choices.get(pos).object();
            WireNode idx = c.opt("index");
            int i = idx == null ? pos : idx.intValue();
            if (i < 0 || i >= n) throw new WireFormatException(c.path() + ".index is " + i + ", outside 0.." + (n - 1));
            if (samples[i] != null) throw new WireFormatException(c.path() + ".index " + i + " appears twice");
            String text = chat ? c.req("message").object().req("content").text() : c.req("text").text();
            WireNode fr = c.opt("finish_reason");
            List<TokenLogprob> lps = List.of();
            if (r.params().logprobs() != null) {
                WireNode lp = c.opt("logprobs");
                if (lp == null)
                    throw new WireFormatException(c.path() + ".logprobs is missing although log-probabilities were requested"
                            + " (the server may not support them)");
                lps = chat ? chatLogprobs(lp) : textLogprobs(lp);
            }
            samples[i] = new Sample(i, text, FinishReason.fromWire(fr == null ? null : fr.text()), lps);
        }
        WireNode m = root.opt("model");
        return new Generation(m == null ? requestedModel : m.text(), List.of(samples), usage(root));
    }

    private static List<TokenLogprob> textLogprobs(WireNode lp) {
        List<WireNode> tokens = lp.req("tokens").array();
        List<WireNode> values = lp.req("token_logprobs").array();
        if (tokens.size() != values.size())
            throw new WireFormatException(lp.path() + ": " + tokens.size() + " tokens but " + values.size() + " token_logprobs");
        WireNode topNode = lp.opt("top_logprobs");
        List<WireNode> tops = topNode == null ? null : topNode.arrayWithNulls();
        if (tops != null && tops.size() != tokens.size())
            throw new WireFormatException(lp.path() + ": " + tokens.size() + " tokens but " + tops.size() + " top_logprobs");
        List<TokenLogprob> out = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            List<TokenLogprob.Alternative> alts = new ArrayList<>();
            if (tops != null && tops.get(k) != null) {
                WireNode t = tops.get(k).object();
                Iterator<Map.Entry<String, JsonNode>> it = t.node().fields();
                while (it.hasNext()) {
                    var e = it.next();
                    alts.add(new TokenLogprob.Alternative(e.getKey(), new WireNode(e.getValue(), t.path() + "." + e.getKey()).number()));
                }
                alts.sort((a, b) -> Double.compare(b.logprob(), a.logprob()));
            }
            out.add(new TokenLogprob(tokens.get(k).text(), values.get(k).number(), alts));
        }
        return out;
    }

    private static List<TokenLogprob> chatLogprobs(WireNode lp) {
        List<TokenLogprob> out = new ArrayList<>();
        for (WireNode t : lp.req("content").array()) {
            List<TokenLogprob.Alternative> alts = new ArrayList<>();
            WireNode tops = t.opt("top_logprobs");
            if (tops != null)
                for (WireNode a : tops.array()) alts.add(new TokenLogprob.Alternative(a.req("token").text(), a.req("logprob").number()));
            out.add(new TokenLogprob(t.req("token").text(), t.req("logprob").number(), alts));
        }
        return out;
    }

    static Usage usage(WireNode root) {
        WireNode u = root.opt("usage");
        if (u == null) return Usage.UNREPORTED;
        WireNode p = u.opt("prompt_tokens"), c = u.opt("completion_tokens");
        return new Usage(p == null ? -1 : nonNegative(p), c == null ? -1 : nonNegative(c));
    }

    private static int nonNegative(WireNode n) {
        int v = n.intValue();
        if (v < 0) throw new WireFormatException(n.path() + " is negative: " + v);
        return v;
    }

    // ---------------------------------------------------------------- server side

    /** Reads a request body as a server does; {@code chat} selects the chat endpoint's layout. */
    public static GenerationRequest parseRequest(JsonNode body, boolean chat) {
        WireNode root = WireNode.root(body, "request");
        WireNode model = root.opt("model");
        Prompt prompt;
        if (chat) {
            List<ChatMessage> msgs = new ArrayList<>();
            for (WireNode m : root.req("messages").array()) {
                String role = m.object().req("role").text();
                ChatMessage.Role r = ChatMessage.Role.fromWire(role);
                if (r == null) throw new WireFormatException(m.path() + ".role must be system, user or assistant, got \"" + role + "\"");
                msgs.add(new ChatMessage(r, m.req("content").text()));
            }
            if (msgs.isEmpty()) throw new WireFormatException("messages must not be empty");
            prompt = Prompt.chat(msgs);
        } else {
            WireNode p = root.req("prompt");
            if (!p.isText()) throw new WireFormatException("prompt must be a string (batched prompts are not supported)");
            prompt = Prompt.text(p.text());
        }
        SamplingParams d = SamplingParams.defaults();
        WireNode n = root.opt("n"), t = root.opt("temperature"), tp = root.opt("top_p"), mt = root.opt("max_tokens"),
                seed = root.opt("seed"), st = root.opt("stop");
        List<String> stop = new ArrayList<>();
        if (st != null) {
            if (st.isText()) stop.add(st.text());
            else for (WireNode s : st.array()) stop.add(s.text());
        }
        Integer logprobs = null;
        if (chat) {
            WireNode lp = root.opt("logprobs"), top = root.opt("top_logprobs");
            if (lp != null && lp.bool()) logprobs = top == null ? 0 : top.intValue();
        } else {
            WireNode lp = root.opt("logprobs");
            if (lp != null) logprobs = lp.intValue();
        }
        try {
            SamplingParams params = new SamplingParams(n == null ? d.n() : n.intValue(), t == null ? d.temperature() : t.number(),
                    tp == null ? d.topP() : tp.number(), mt == null ? d.maxTokens() : mt.intValue(), stop,
                    seed == null ? null : seed.longValue(), logprobs);
            return new GenerationRequest(model == null ? null : model.text(), prompt, params);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException(e.getMessage(), e);
        }
    }

    /** The response body a server sends for {@code g}. */
    public static ObjectNode responseJson(Generation g, boolean chat, boolean withLogprobs, String id, long createdEpochSeconds) {
        ObjectNode o = Json.object();
        o.put("id", id);
        o.put("object", chat ? "chat.completion" : "text_completion");
        o.put("created", createdEpochSeconds);
        o.put("model", g.model());
        ArrayNode choices = o.putArray("choices");
        for (Sample s : g.samples()) {
            ObjectNode c = choices.addObject();
            c.put("index", s.index());
            if (chat) c.putObject("message").put("role", "assistant").put("content", s.text());
            else c.put("text", s.text());
            if (withLogprobs) {
                if (chat) writeChatLogprobs(c.putObject("logprobs"), s);
                else writeTextLogprobs(c.putObject("logprobs"), s);
            } else {
                c.putNull("logprobs");
            }
            String fr = s.finishReason().wireName();
            if (fr == null) c.putNull("finish_reason");
            else c.put("finish_reason", fr);
        }
        if (g.usage().hasPromptTokens() && g.usage().hasCompletionTokens()) {
            ObjectNode u = o.putObject("usage");
            u.put("prompt_tokens", g.usage().promptTokens());
            u.put("completion_tokens", g.usage().completionTokens());
            u.put("total_tokens", g.usage().promptTokens() + g.usage().completionTokens());
        }
        return o;
    }

    private static void writeTextLogprobs(ObjectNode lp, Sample s) {
        ArrayNode tokens = lp.putArray("tokens"), values = lp.putArray("token_logprobs"), tops = lp.putArray("top_logprobs");
        for (TokenLogprob t : s.logprobs()) {
            tokens.add(t.token());
            values.add(t.logprob());
            if (t.top().isEmpty()) {
                tops.addNull();
            } else {
                ObjectNode m = tops.addObject();
                for (TokenLogprob.Alternative a : t.top()) m.put(a.token(), a.logprob());
            }
        }
    }

    private static void writeChatLogprobs(ObjectNode lp, Sample s) {
        ArrayNode content = lp.putArray("content");
        for (TokenLogprob t : s.logprobs()) {
            ObjectNode e = content.addObject();
            e.put("token", t.token());
            e.put("logprob", t.logprob());
            ArrayNode top = e.putArray("top_logprobs");
            for (TokenLogprob.Alternative a : t.top()) top.addObject().put("token", a.token()).put("logprob", a.logprob());
        }
    }
}
