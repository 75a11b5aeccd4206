package com.heroinfacts.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The part of AWS Lambda's Runtime API (2018-06-01) a Java runtime talks to, on 127.0.0.1: the runtime long-polls
 * {@code invocation/next} and gets an event with the request id, deadline and function ARN headers, then posts
 * {@code invocation/{id}/response} or {@code invocation/{id}/error}; {@code init/error} reports a failed start, and
 * {@code restore/next} is where a SnapStart runtime waits after its before-snapshot hooks. Every call is recorded.
 */
final class RuntimeApiEmulator implements AutoCloseable {

    static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:000000000000:function:heroin-facts:live";
    private static final String PREFIX = "/2018-06-01/runtime/";

    /** What the runtime sent back for one invocation: a response body, or an error body and its error type header. */
    record Result(String requestId, byte[] body, boolean error, String errorType) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record Event(String requestId, byte[] payload, long deadlineMillis) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "runtime-api-emulator");
        thread.setDaemon(true);
        return thread;
    });
    private final BlockingQueue<Event> pending = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<Result>> results = new ConcurrentHashMap<>();
    private final CompletableFuture<String> initError = new CompletableFuture<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    RuntimeApiEmulator() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext(PREFIX, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** For AWS_LAMBDA_RUNTIME_API. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an event for the runtime's next poll and waits for what it sends back. */
    Result invoke(byte[] event, Duration timeout) throws Exception {
        String requestId = "00000000-0000-0000-0000-" + String.format("%012d", ids.incrementAndGet());
        CompletableFuture<Result> result = new CompletableFuture<>();
        results.put(requestId, result);
        pending.add(new Event(requestId, event, System.currentTimeMillis() + timeout.toMillis()));
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer to " + requestId + " within " + timeout + "; calls: " + calls, e);
        }
    }

    /** The body of the runtime's init error report, waiting for it up to {@code timeout}. */
    String initError(Duration timeout) throws Exception {
        return initError.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every call so far, as "METHOD path", in order. */
    List<String> calls() {
        return List.copyOf(calls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        String method = exchange.getRequestMethod();
        calls.add(method + " " + path);
        byte[] body = exchange.getRequestBody().readAllBytes();
        try {
            if (method.equals("GET") && path.equals("invocation/next")) {
                next(exchange);
            } else if (method.equals("POST") && path.startsWith("invocation/") && path.endsWith("/response")) {
                complete(exchange, path, body, false);
            } else if (method.equals("POST") && path.startsWith("invocation/") && path.endsWith("/error")) {
                complete(exchange, path, body, true);
            } else if (method.equals("POST") && path.equals("init/error")) {
                initError.complete(new String(body, StandardCharsets.UTF_8));
                respond(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
            } else if (method.equals("GET") && path.equals("restore/next")) {
                respond(exchange, 200, new byte[0]);
            } else {
                respond(exchange, 404, ("{\"errorMessage\":\"no such path: " + path + "\"}").getBytes(StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        }
    }

    private void next(HttpExchange exchange) throws IOException, InterruptedException {
        Event event = pending.take();
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", event.requestId());
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(event.deadlineMillis()));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", FUNCTION_ARN);
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        respond(exchange, 200, event.payload());
    }

    private void complete(HttpExchange exchange, String path, byte[] body, boolean error) throws IOException {
        String requestId = path.substring("invocation/".length(), path.lastIndexOf('/'));
        CompletableFuture<Result> result = results.remove(requestId);
        if (result == null) {
            respond(exchange, 400, "{\"errorMessage\":\"unknown request id\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String errorType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        respond(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
        result.complete(new Result(requestId, body, error, errorType));
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
