package io.hedgecone.llm.wire;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionWireTest {
    private static final SamplingParams P = new SamplingParams(2, 0.7, 0.9, 64, List.of("\n\n", "END"), 11L, 3);

    private static JsonNode json(String s) { return Json.parse(s.getBytes(StandardCharsets.UTF_8)); }

    @Test void textRequestsUseTheCompletionsLayout() {
        ObjectNode o = CompletionWire.request(new GenerationRequest(null, Prompt.text("Once"), P), "m");
        assertEquals("{\"model\":\"m\",\"prompt\":\"Once\",\"n\":2,\"temperature\":0.7,\"top_p\":0.9,\"max_tokens\":64,"
                + "\"stop\":[\"\\n\\n\",\"END\"],\"seed\":11,\"logprobs\":3}", new String(Json.bytes(o), StandardCharsets.UTF_8));
    }

    @Test void chatRequestsUseTheChatLayout() {
        ObjectNode o = CompletionWire.request(new GenerationRequest(null, Prompt.chat(ChatMessage.system("s"), ChatMessage.user("u")),
                SamplingParams.defaults().withLogprobs(2)), "m");
        assertEquals("system", o.get("messages").get(0).get("role").textValue());
        assertTrue(o.get("logprobs").booleanValue());
        assertEquals(2, o.get("top_logprobs").intValue());
        assertFalse(o.has("stop") || o.has("seed") || o.has("prompt"));
        // logprobs 0 = sampled tokens only: no top_logprobs field
        ObjectNode o0 = CompletionWire.request(new GenerationRequest(null, Prompt.chat(ChatMessage.user("u")),
                SamplingParams.defaults().withLogprobs(0)), "m");
        assertFalse(o0.has("top_logprobs"));
    }

    @Test void whatTheClientSendsTheServerReadsBack() {
        for (Prompt p : List.of(Prompt.text("t"), Prompt.chat(ChatMessage.user("a"), ChatMessage.assistant("b")))) {
            GenerationRequest r = new GenerationRequest("m", p, P);
            assertEquals(r, CompletionWire.parseRequest(CompletionWire.request(r, "m"), p instanceof Prompt.Chat));
        }
    }

    @Test void whatTheServerSendsTheClientReadsBack() {
        Generation g = new Generation("m", List.of(
                new Sample(0, "a b", FinishReason.STOP, List.of(new TokenLogprob("a", -0.5, List.of(new TokenLogprob.Alternative("a", -0.5),
                        new TokenLogprob.Alternative("c", -1.25))), new TokenLogprob(" b", -0.125, List.of()))),
                new Sample(1, "x", FinishReason.LENGTH, List.of(new TokenLogprob("x", 0.0, List.of())))), new Usage(5, 3));
        for (boolean chat : new boolean[]{false, true}) {
            Prompt p = chat ? Prompt.chat(ChatMessage.user("q")) : Prompt.text("q");
            GenerationRequest r = new GenerationRequest(null, p, SamplingParams.defaults().withN(2).withLogprobs(2));
            JsonNode sent = Json.parse(Json.bytes(CompletionWire.responseJson(g, chat, true, "id", 0)));
            assertEquals(g, CompletionWire.response(sent, r, "m"), chat ? "chat" : "text");
        }
    }

    @Test void choicesAreOrderedByIndex() {
        GenerationRequest r = new GenerationRequest(null, Prompt.text("q"), SamplingParams.defaults().withN(2));
        Generation g = CompletionWire.response(json("{\"choices\":[{\"index\":1,\"text\":\"second\",\"finish_reason\":\"length\"},"
                + "{\"index\":0,\"text\":\"first\",\"finish_reason\":\"stop\"}]}"), r, "m");
        assertEquals(List.of("first", "second"), g.samples().stream().map(Sample::text).toList());
        assertEquals(Usage.UNREPORTED, g.usage());
        assertEquals("m", g.model());
    }

    @Test void shapeErrorsNameTheField() {
        GenerationRequest r = new GenerationRequest(null, Prompt.text("q"), SamplingParams.defaults().withN(2));
        WireFormatException e = assertThrows(WireFormatException.class, () -> CompletionWire.response(
                json("{\"choices\":[{\"index\":0,\"text\":\"a\"},{\"index\":0,\"text\":\"b\"}]}"), r, "m"));
        assertEquals("choices[1].index 0 appears twice", e.getMessage());
        e = assertThrows(WireFormatException.class, () -> CompletionWire.response(
                json("{\"choices\":[{\"index\":0,\"text\":7},{\"index\":1,\"text\":\"b\"}]}"), r, "m"));
        assertEquals("choices[0].text must be a string, got number 7", e.getMessage());
        GenerationRequest lp = new GenerationRequest(null, Prompt.text("q"), SamplingParams.defaults().withLogprobs(0));
        e = assertThrows(WireFormatException.class, () -> CompletionWire.response(json("{\"choices\":[{\"text\":\"a\"}]}"), lp, "m"));
        assertTrue(e.getMessage().startsWith("choices[0].logprobs is missing although log-probabilities were requested"), e.getMessage());
        e = assertThrows(WireFormatException.class, () -> CompletionWire.response(json("[1,2]"), lp, "m"));
        assertEquals("response must be a JSON object, got array", e.getMessage());
    }

    @Test void serverRefusesImpossibleSamplingValuesNamingTheField() {
        WireFormatException e = assertThrows(WireFormatException.class,
                () -> CompletionWire.parseRequest(json("{\"prompt\":\"p\",\"top_p\":0}"), false));
        assertEquals("top_p must be in (0, 1], got 0.0", e.getMessage());
        e = assertThrows(WireFormatException.class, () -> CompletionWire.parseRequest(json("{\"prompt\":[\"a\",\"b\"]}"), false));
        assertTrue(e.getMessage().contains("batched prompts are not supported"), e.getMessage());
    }
}
