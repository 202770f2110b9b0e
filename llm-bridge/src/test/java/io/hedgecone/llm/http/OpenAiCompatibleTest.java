package io.hedgecone.llm.http;

import io.hedgecone.llm.ChatMessage;
import io.hedgecone.llm.Embeddings;
import io.hedgecone.llm.Generation;
import io.hedgecone.llm.GenerationRequest;
import io.hedgecone.llm.LlmBadRequestException;
import io.hedgecone.llm.LlmCancelledException;
import io.hedgecone.llm.LlmPermanentException;
import io.hedgecone.llm.LlmProtocolException;
import io.hedgecone.llm.LlmTimeoutException;
import io.hedgecone.llm.LlmTransientException;
import io.hedgecone.llm.ModelInfo;
import io.hedgecone.llm.Prompt;
import io.hedgecone.llm.SamplingParams;
import io.hedgecone.llm.config.Secret;
import io.hedgecone.llm.sim.SimulatedLlm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP client against a real loopback server that speaks the protocol and injects faults. */
class OpenAiCompatibleTest {
    private static final String COMPLETIONS = "/v1/completions", CHAT = "/v1/chat/completions", EMBEDDINGS = "/v1/embeddings";
    private static final String ITEM = "item: action=0.70 comedy=0.20 drama=0.50 romance=0.10 horror=0.00 scifi=0.90 animation=0.30 documentary=0.05";

    private FaultyServer server;
    private final List<OpenAiCompatible> clients = new ArrayList<>();

    @BeforeEach void start() throws IOException { server = new FaultyServer(); }

    @AfterEach void stop() {
        clients.forEach(OpenAiCompatible::close);
        server.close();
    }

    /** Short timeouts and backoffs so fault tests take milliseconds; 3 attempts. */
    private OpenAiConfig config() {
        return OpenAiConfig.of(server.server.baseUrl()).withModel(SimulatedLlm.MODEL).withEmbeddingDimension(16)
                .withRequestTimeout(Duration.ofSeconds(2))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(5)));
    }

    private OpenAiCompatible client(OpenAiConfig cfg) {
        OpenAiCompatible c = OpenAiCompatible.create(cfg, 42);
        clients.add(c);
        return c;
    }

    private static GenerationRequest edit(int n) {
        return GenerationRequest.of(ITEM + "\nedit: increase comedy by 0.30").withParams(SamplingParams.defaults().withN(n).withSeed(5L));
    }

    private static void await(BooleanSupplier cond, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting until " + what);
            Thread.sleep(5);
        }
    }

    // ---------------------------------------------------------------- protocol

    @Test void completionsReturnWhatTheServerSampled() {
        GenerationRequest r = edit(3).withParams(edit(3).params().withLogprobs(2));
        Generation viaHttp = client(config()).generate(r);
        Generation direct = server.sim.generate(r);
        assertEquals(direct, viaHttp); // texts, finish reasons, token log-probs (doubles survive JSON exactly), usage
        assertEquals(3, viaHttp.samples().size());
    }

    @Test void chatPromptsUseTheChatEndpoint() {
        GenerationRequest r = new GenerationRequest(null, Prompt.chat(ChatMessage.system("You rewrite items."),
                ChatMessage.user(ITEM + "\nedit: set drama to 0.90")), SamplingParams.defaults().withN(2).withLogprobs(0));
        Generation g = client(config()).generate(r);
        assertEquals(server.sim.generate(r), g);
        assertTrue(g.text().startsWith("item: action="), g.text());
        assertEquals(1, server.requests());
    }

    @Test void embeddingsAreBatchedAndComeBackInInputOrder() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 70; i++) texts.add("text number " + i);
        Embeddings e = client(config().withEmbeddingBatchSize(16).withMaxConcurrency(3)).embed(texts);
        Embeddings direct = server.sim.embed(texts);
        assertEquals(5, server.requests()); // ceil(70 / 16)
        assertEquals(70, e.vectors().size());
        for (int i = 0; i < 70; i++) assertArrayEquals(direct.vectors().get(i), e.vectors().get(i), "vector " + i);
    }

    @Test void modelsAreListed() {
        assertEquals(List.of(new ModelInfo(SimulatedLlm.MODEL, "hedgecone simulator (not a language model)")), client(config()).models());
    }

    @Test void withoutAModelTheFirstListedOneIsUsedAndRemembered() {
        OpenAiCompatible c = client(config().withModel(null));
        c.generate(edit(1));
        c.generate(edit(1));
        assertEquals(3, server.requests()); // one /v1/models, two completions (the simulator refuses any other model name)
    }

    @Test void undeclaredDimensionIsLearntFromTheFirstResponse() {
        OpenAiCompatible c = client(config().withEmbeddingDimension(0));
        assertEquals(16, c.dimension());
        assertEquals(1, server.requests());
        assertEquals(16, c.dimension()); // remembered: no second probe
        assertEquals(1, server.requests());
    }

    // ---------------------------------------------------------------- timeouts

    @Test void aResponseSlowerThanTheTimeoutFailsAsTimeoutWithoutRetry() {
        server.script(COMPLETIONS, FaultyServer.delay(Duration.ofSeconds(10)));
        OpenAiCompatible c = client(config().withRequestTimeout(Duration.ofMillis(300)).withRetry(RetryPolicy.none()));
        long t0 = System.nanoTime();
        LlmTimeoutException e = assertThrows(LlmTimeoutException.class, () -> c.generate(edit(1)));
        assertTrue((System.nanoTime() - t0) < 5_000_000_000L, "took too long: " + (System.nanoTime() - t0) / 1e9 + " s");
        assertTrue(e.getMessage().contains("POST " + server.server.baseUrl() + "/completions"), e.getMessage());
        assertEquals(1, server.requests());
    }

    @Test void aSlowResponseIsRetriedAndTheFastOneWins() {
        server.script(COMPLETIONS, FaultyServer.delay(Duration.ofSeconds(10)));
        Generation g = client(config().withRequestTimeout(Duration.ofMillis(300))).generate(edit(1));
        assertEquals(server.sim.generate(edit(1)), g);
        assertEquals(2, server.requests());
    }

    @Test void aBodyThatStallsHalfwayTimesOut() {
        // headers arrive at once, so HttpRequest.timeout alone would wait forever here
        server.script(COMPLETIONS, FaultyServer.stallBody());
        OpenAiCompatible c = client(config().withRequestTimeout(Duration.ofMillis(400)).withRetry(RetryPolicy.none()));
        assertThrows(LlmTimeoutException.class, () -> c.generate(edit(1)));
    }

    // ---------------------------------------------------------------- retries

    @Test void serverErrorsAreRetriedUntilSuccess() {
        server.script(COMPLETIONS, FaultyServer.status(500), FaultyServer.status(503));
        Generation g = client(config()).generate(edit(2));
        assertEquals(server.sim.generate(edit(2)), g);
        assertEquals(3, server.requests());
    }

    @Test void persistentServerErrorsGiveUpAfterMaxAttempts() {
        server.script(COMPLETIONS, FaultyServer.status(500), FaultyServer.status(500), FaultyServer.status(500), FaultyServer.status(500));
        LlmTransientException e = assertThrows(LlmTransientException.class, () -> client(config()).generate(edit(1)));
        assertEquals(500, e.httpStatus().orElseThrow());
        assertTrue(e.getMessage().contains("gave up after 3 attempts"), e.getMessage());
        assertTrue(e.getMessage().contains("injected 500"), e.getMessage()); // the server's own words
        assertEquals(3, server.requests());
    }

    @Test void tooManyRequestsWaitsAtLeastRetryAfter() {
        server.script(COMPLETIONS, FaultyServer.status(429, "Retry-After", "1"));
        Generation g = client(config()).generate(edit(1));
        assertEquals(server.sim.generate(edit(1)), g);
        List<Long> t = server.arrivals();
        assertEquals(2, t.size());
        // the backoff alone would be <= 40 ms; the gap is measured on the server, so it is a strict lower bound
        assertTrue(t.get(1) - t.get(0) >= 1_000_000_000L, "retried after " + (t.get(1) - t.get(0)) / 1e6 + " ms");
    }

    @Test void retryAfterLongerThanTheLimitFailsAtOnce() {
        server.script(COMPLETIONS, FaultyServer.status(429, "Retry-After", "3600"));
        LlmTransientException e = assertThrows(LlmTransientException.class, () -> client(config()).generate(edit(1)));
        assertTrue(e.getMessage().contains("max_retry_after_s = 5"), e.getMessage());
        assertEquals(Duration.ofHours(1), e.retryAfter().orElseThrow());
        assertEquals(1, server.requests());
    }

    @Test void aTruncatedBodyIsRetried() {
        server.script(COMPLETIONS, FaultyServer.truncated());
        assertEquals(server.sim.generate(edit(1)), client(config()).generate(edit(1)));
        assertEquals(2, server.requests());
    }

    @Test void alwaysTruncatedBodiesFailAsTransient() {
        server.script(COMPLETIONS, FaultyServer.truncated(), FaultyServer.truncated(), FaultyServer.truncated());
        LlmTransientException e = assertThrows(LlmTransientException.class, () -> client(config()).generate(edit(1)));
        assertTrue(e.getMessage().contains("connection failed before the response was complete"), e.getMessage());
        assertEquals(3, server.requests());
    }

    @Test void aDroppedConnectionIsRetried() {
        server.script(EMBEDDINGS, FaultyServer.drop());
        assertArrayEquals(server.sim.embed("x"), client(config()).embed("x"));
        assertEquals(2, server.requests());
    }

    @Test void aRefusedConnectionIsTransientAndNamesTheUrl() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there now
        }
        OpenAiConfig cfg = OpenAiConfig.of(URI.create("http://127.0.0.1:" + port + "/v1")).withModel("m")
                .withRetry(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(5), Duration.ZERO));
        LlmTransientException e = assertThrows(LlmTransientException.class, () -> client(cfg).generate(edit(1)));
        assertTrue(e.getMessage().contains("cannot connect") && e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    }

    // ---------------------------------------------------------------- responses that are wrong

    @Test void malformedJsonIsAProtocolErrorAndNotRetried() {
        server.script(COMPLETIONS, FaultyServer.body("{\"choices\": [{\"index\": 0, \"text\": \"abc\""));
        LlmProtocolException e = assertThrows(LlmProtocolException.class, () -> client(config()).generate(edit(1)));
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
        assertEquals(1, server.requests());
    }

    @Test void trailingJunkAfterTheJsonIsMalformedToo() {
        server.script(COMPLETIONS, FaultyServer.body("{\"choices\": []} {\"x\": 1}"));
        assertThrows(LlmProtocolException.class, () -> client(config()).generate(edit(1)));
    }

    @Test void aMissingFieldIsNamedByItsPath() {
        server.script(CHAT, FaultyServer.body("{\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\"}}]}"));
        GenerationRequest r = new GenerationRequest(null, Prompt.chat(ChatMessage.user("hi")), SamplingParams.defaults());
        LlmProtocolException e = assertThrows(LlmProtocolException.class, () -> client(config()).generate(r));
        assertTrue(e.getMessage().contains("choices[0].message.content is missing"), e.getMessage());
    }

    @Test void fewerSamplesThanAskedForIsAnError() {
        server.script(COMPLETIONS, FaultyServer.body("{\"choices\": [{\"index\": 0, \"text\": \"only one\", \"finish_reason\": \"stop\"}]}"));
        LlmProtocolException e = assertThrows(LlmProtocolException.class, () -> client(config()).generate(edit(4)));
        assertTrue(e.getMessage().contains("1 choices for n=4"), e.getMessage());
    }

    @Test void aVectorOfTheWrongDimensionFailsTheWholeCall() {
        server.script(EMBEDDINGS, FaultyServer.editEmbeddings(FaultyServer.shorten(1)));
        LlmProtocolException e = assertThrows(LlmProtocolException.class, () -> client(config()).embed(List.of("a", "b", "c")));
        assertTrue(e.getMessage().contains("data[1].embedding (input 1) has dimension 15, expected 16 (declared embedding_dimension)"), e.getMessage());
        assertEquals(1, server.requests()); // not retried
    }

    @Test void aLaterBatchOfAnotherDimensionThanTheFirstIsRefused() {
        // no declared dimension: batch 1 (dimension 16) fixes it, batch 2 comes back with 15
        server.script(EMBEDDINGS, FaultyServer.pass(), FaultyServer.editEmbeddings(resp -> {
            for (int i = 0; i < 2; i++) FaultyServer.shorten(i).accept(resp);
        }));
        OpenAiCompatible c = client(config().withEmbeddingDimension(0).withEmbeddingBatchSize(2).withMaxConcurrency(1));
        LlmProtocolException e = assertThrows(LlmProtocolException.class, () -> c.embed(List.of("a", "b", "c", "d")));
        assertTrue(e.getMessage().contains("data[0].embedding (input 2) has dimension 15, expected 16 (learnt from an earlier response)"), e.getMessage());
    }

    @Test void aNonFiniteFloatIsRefused() {
        server.script(EMBEDDINGS, FaultyServer.editEmbeddings(resp ->
                ((com.fasterxml.jackson.databind.node.ArrayNode) resp.get("data").get(0).get("embedding")).set(3, 1e39)));
        LlmProtocolException e = assertThrows(LlmProtocolException.class, () -> client(config()).embed("a"));
        assertTrue(e.getMessage().contains("data[0].embedding[3] is not a finite float"), e.getMessage());
    }

    // ---------------------------------------------------------------- refusals

    @Test void aBadRequestIsNotRetriedAndCarriesTheServersMessage() {
        LlmBadRequestException e = assertThrows(LlmBadRequestException.class,
                () -> client(config()).generate(edit(1).withModel("gpt-unknown")));
        assertEquals(400, e.httpStatus().orElseThrow());
        assertTrue(e.getMessage().contains("unknown model 'gpt-unknown'"), e.getMessage());
        assertEquals(1, server.requests());
    }

    @Test void theApiKeyIsSentAsBearerTokenAndNeverShown() throws IOException {
        try (FaultyServer secured = new FaultyServer(Secret.of("sk-test-SECRET-123"))) {
            OpenAiConfig cfg = OpenAiConfig.of(secured.server.baseUrl()).withModel(SimulatedLlm.MODEL);
            assertEquals(1, client(cfg.withApiKey(Secret.of("sk-test-SECRET-123"))).models().size());
            OpenAiConfig wrong = cfg.withApiKey(Secret.of("sk-wrong-KEY-456"));
            LlmPermanentException e = assertThrows(LlmPermanentException.class, () -> client(wrong).generate(edit(1)));
            assertEquals(401, e.httpStatus().orElseThrow());
            assertFalse(e.getMessage().contains("sk-wrong"), e.getMessage());
            assertFalse(wrong.toString().contains("sk-wrong"), wrong.toString());
            assertEquals(2, secured.requests()); // models, then one refused completion: 401 is not retried
        }
    }

    @Test void retriesAreLoggedWithoutTheApiKey() throws IOException {
        List<LogRecord> records = new ArrayList<>();
        Handler h = new Handler() {
            @Override public synchronized void publish(LogRecord r) { records.add(r); }
            @Override public void flush() {}
            @Override public void close() {}
        };
        Logger log = Logger.getLogger("io.hedgecone.llm");
        log.addHandler(h);
        try {
            server.script(COMPLETIONS, FaultyServer.status(502), FaultyServer.truncated());
            client(config().withApiKey(Secret.of("sk-log-SECRET-789"))).generate(edit(1));
        } finally {
            log.removeHandler(h);
        }
        List<String> lines;
        synchronized (h) {
            lines = records.stream().map(r -> new java.util.logging.SimpleFormatter().formatMessage(r)).toList();
        }
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("retry 2/3") && lines.get(0).contains("HTTP 502"), lines.get(0));
        for (String l : lines) assertFalse(l.contains("sk-log"), l);
    }

    // ---------------------------------------------------------------- concurrency and cancellation

    @Test void noMoreThanMaxConcurrencyRequestsAreInFlight() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 10; i++) server.script(COMPLETIONS, FaultyServer.hold(release));
        OpenAiCompatible c = client(config().withMaxConcurrency(4));
        List<CompletableFuture<Generation>> fs = new ArrayList<>();
        for (int i = 0; i < 10; i++) fs.add(c.generateAsync(edit(1)));
        await(() -> server.held() == 4, "4 requests are held by the server");
        Thread.sleep(300); // a broken limiter would let a 5th through in this time
        assertEquals(4, server.held());
        assertEquals(4, c.inFlight());
        assertEquals(6, c.queued());
        release.countDown();
        for (CompletableFuture<Generation> f : fs) assertEquals(server.sim.generate(edit(1)), f.get());
        assertEquals(4, server.maxHeld());
        assertEquals(0, c.inFlight());
    }

    @Test void cancellingARunningRequestAbortsItAndFreesItsPermit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.script(COMPLETIONS, FaultyServer.hold(release));
        OpenAiCompatible c = client(config().withMaxConcurrency(1));
        CompletableFuture<Generation> f = c.generateAsync(edit(1));
        await(() -> server.held() == 1, "the request reaches the server");
        assertTrue(f.cancel(true));
        await(() -> c.inFlight() == 0, "the permit is released");
        // with one permit, this would wait for the held request if the cancel had not freed it
        assertEquals(server.sim.generate(edit(1)), c.generate(edit(1)));
        release.countDown();
    }

    @Test void cancellingAQueuedRequestRemovesItBeforeItIsSent() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.script(COMPLETIONS, FaultyServer.hold(release));
        OpenAiCompatible c = client(config().withMaxConcurrency(1));
        CompletableFuture<Generation> first = c.generateAsync(edit(1));
        await(() -> server.held() == 1, "the first request reaches the server");
        CompletableFuture<Generation> second = c.generateAsync(edit(2));
        assertEquals(1, c.queued());
        second.cancel(true);
        assertEquals(0, c.queued());
        release.countDown();
        first.get();
        Thread.sleep(100);
        assertEquals(1, server.requests()); // the cancelled one never went out
    }

    @Test void cancellingDuringTheBackoffStopsTheRetry() throws Exception {
        server.script(COMPLETIONS, FaultyServer.status(503, "Retry-After", "3"));
        OpenAiCompatible c = client(config());
        CompletableFuture<Generation> f = c.generateAsync(edit(1));
        await(() -> server.requests() == 1, "the first attempt is answered");
        Thread.sleep(100);
        f.cancel(true);
        await(() -> c.inFlight() == 0, "the permit is released");
        Thread.sleep(200);
        assertEquals(1, server.requests());
    }

    @Test void interruptingABlockingCallCancelsIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.script(COMPLETIONS, FaultyServer.hold(release));
        OpenAiCompatible c = client(config());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                c.generate(edit(1));
            } catch (Throwable e) {
                thrown.set(e);
                flag.set(Thread.currentThread().isInterrupted());
            }
        });
        t.start();
        await(() -> server.held() == 1, "the request reaches the server");
        t.interrupt();
        t.join(5000);
        assertInstanceOf(LlmCancelledException.class, thrown.get());
        assertTrue(flag.get(), "interrupt flag kept");
        await(() -> c.inFlight() == 0, "the permit is released");
        release.countDown();
    }

    @Test void closingTheClientFailsPendingRequests() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.script(COMPLETIONS, FaultyServer.hold(release));
        OpenAiCompatible c = OpenAiCompatible.create(config().withMaxConcurrency(1), 1);
        CompletableFuture<Generation> running = c.generateAsync(edit(1));
        await(() -> server.held() == 1, "the request reaches the server");
        CompletableFuture<Generation> queued = c.generateAsync(edit(1));
        c.close();
        for (CompletableFuture<Generation> f : List.of(running, queued)) {
            Throwable e = assertThrows(java.util.concurrent.ExecutionException.class, f::get).getCause();
            assertInstanceOf(LlmCancelledException.class, e);
        }
        assertThrows(LlmCancelledException.class, () -> c.generate(edit(1)));
        release.countDown();
    }
}
