package com.heroinfacts.local;

import com.heroinfacts.lambda.Refusal;
import com.heroinfacts.skill.LogSafe;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The skill as an HTTPS web service would host it, over plain HTTP (TLS is the tunnel's or proxy's job), with
 * the JDK's own HTTP server. {@code POST /} takes a request envelope through the Lambda stream handler, so it
 * answers exactly as Lambda would; {@code GET /health} says the server is up. Every other answer is a short
 * JSON error, never a stack trace, and no bad request stops the server.
 */
final class SkillServer implements AutoCloseable {

    static final int MAX_BODY_BYTES = 128 * 1024;
    /** How much of a body over the limit is read and dropped before answering 413; past that, the client gets a reset. */
    private static final long DRAINED_BYTES = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SkillServer.class);
    private static final byte[] HEALTHY = "{\"status\":\"ok\"}".getBytes();

    static {
        // without it, the JDK's server lets Nagle hold back each reply's body behind its headers (40 ms stalls)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final LocalSkill skill;
    private final RequestVerifier verifier;

    private SkillServer(HttpServer server, ExecutorService workers, LocalSkill skill, RequestVerifier verifier) {
        this.server = server;
        this.workers = workers;
        this.skill = skill;
        this.verifier = verifier;
    }

    /** @param verifier null to answer unverified requests (local testing only) */
    static SkillServer start(InetSocketAddress address, LocalSkill skill, RequestVerifier verifier) throws IOException {
        HttpServer http = HttpServer.create(address, 256);
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, named("skill-http-"));
        SkillServer server = new SkillServer(http, workers, skill, verifier);
        http.createContext("/", server::handle);
        http.setExecutor(workers);
        http.start();
        return server;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        HttpAnswer answer;
        try {
            answer = answer(exchange);
        } catch (IOException clientGone) {
            // the body could not be read: the client hung up or broke off, so nobody is waiting for an answer
            LOG.warn("{} {} not read: {}", printable(exchange.getRequestMethod()), printable(exchange.getRequestURI().getRawPath()),
                    clientGone.getClass().getSimpleName());
            exchange.close();
            return;
        } catch (Exception | Error e) {
            // a thread that dies here leaves the client waiting forever; only a JVM out of memory is past helping
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw e;
            }
            LOG.error("{} failed: {}", printable(exchange.getRequestMethod()), e.getClass().getName(), LogSafe.redacted(e));
            answer = HttpAnswer.error(500, "internal_error", "the server could not answer this request", null);
        }
        // logged before the answer leaves, so that whoever reads the answer can find its log line
        if (answer.logged() && LOG.isWarnEnabled()) {
            long micros = (System.nanoTime() - started) / 1_000;
            LOG.warn("{} {} {} {}{} took={}us", printable(exchange.getRequestMethod()), printable(exchange.getRequestURI().getRawPath()),
                    answer.status(), answer.code(), answer.detail() == null ? "" : ": " + answer.detail(), micros);
        }
        send(exchange, answer);
    }

    private HttpAnswer answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/health")) {
            return method.equals("GET") ? HttpAnswer.ok(HEALTHY) : HttpAnswer.notAllowed("GET");
        }
        if (!path.equals("/")) {
            return HttpAnswer.error(404, "not_found", "POST request envelopes to /", null);
        }
        if (!method.equals("POST")) {
            return HttpAnswer.notAllowed("POST");
        }
        Optional<byte[]> body = readBody(exchange);
        if (body.isEmpty()) {
            return HttpAnswer.error(413, "too_large", "request bodies are limited to " + MAX_BODY_BYTES + " bytes", null);
        }
        if (verifier != null) {
            Optional<RequestVerifier.Rejection> rejected = verifier.check(
                    exchange.getRequestHeaders().getFirst(AlexaHttpBody.SIGNATURE_HEADER),
                    exchange.getRequestHeaders().getFirst(AlexaHttpBody.CERTIFICATE_URL_HEADER), body.get());
            if (rejected.isPresent()) {
                RequestVerifier.Rejection r = rejected.get();
                return HttpAnswer.error(r.status(), r.code(), r.message(), r.detail());
            }
        }
        LocalSkill.Outcome outcome = skill.invoke(body.get());
        if (outcome instanceof LocalSkill.Refused refused) {
            Refusal refusal = refused.refusal();
            return HttpAnswer.refusal(refusal == Refusal.INTERNAL_ERROR ? 500 : 400, refused.bytes(), refusal.code());
        }
        return HttpAnswer.ok(outcome.bytes());
    }

    /** @return the body, or empty when it is over the limit (declared or actual) */
    private static Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        boolean declaredTooLarge = declared != null && (declared.length() > 9
                || declared.matches("[0-9]+") && Integer.parseInt(declared) > MAX_BODY_BYTES);
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = declaredTooLarge ? null : in.readNBytes(MAX_BODY_BYTES + 1);
            if (body != null && body.length <= MAX_BODY_BYTES) {
                return Optional.of(body);
            }
            drain(in);
            return Optional.empty();
        }
    }

    /**
     * A client still sending when the answer comes and the connection closes sees a reset, not the 413.
     * (Not {@code skip}: the JDK server's body stream does not bound it, and it reads on into the next request.)
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = DRAINED_BYTES;
        int read;
        while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
            left -= read;
        }
    }

    private static void send(HttpExchange exchange, HttpAnswer answer) {
        try {
            answer.sendTo(exchange);
        } catch (IOException clientGone) {
            LOG.debug("could not send the answer: {}", clientGone.getClass().getSimpleName());
        }
    }

    private static String printable(String text) {
        String safe = text == null ? "-" : text.replaceAll("[^\\x21-\\x7E]", "?");
        return safe.length() > 80 ? safe.substring(0, 80) + "..." : safe;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
