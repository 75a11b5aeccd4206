package com.heroinfacts.local;

import com.heroinfacts.lambda.Refusal;
import com.heroinfacts.skill.LogSafe;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The skill as an HTTPS web service would host it, over plain HTTP (TLS is the tunnel's or proxy's job), with
 * Jetty's core server (no servlets). {@code POST /} takes a request envelope through the Lambda stream handler,
 * so it answers exactly as Lambda would; {@code GET /health} says the server is up. Every other answer,
 * Jetty's own errors included, is a short JSON error, never a stack trace, and no bad request stops the server.
 *
 * <p>Why Jetty and not the JDK's server: the JDK's reads a request's line and headers on a worker thread with
 * no deadline (its {@code maxReqTime} is off by default and a worker is held all the while), and it answers
 * some malformed requests itself, in HTML. Jetty reads requests without holding a thread, so slow clients
 * cost a socket rather than a worker; {@link ConnectionDeadlines} cuts them after {@link #REQUEST_DEADLINE_MILLIS}.
 */
final class SkillServer implements AutoCloseable {

    static final int MAX_BODY_BYTES = 128 * 1024;
    /** From a connection's opening (or its previous answer) to the last byte of its next request. */
    static final long REQUEST_DEADLINE_MILLIS = 5_000;
    static final int MAX_HEADER_BYTES = 8 * 1024;
    /** How much of a body over the limit is read and dropped before answering 413. */
    private static final long DRAINED_BYTES = 1024 * 1024;
    /** Enough for the skill (micro-seconds a request) and for requests waiting on a certificate download. */
    private static final int THREADS = 64;
    private static final Logger LOG = LoggerFactory.getLogger(SkillServer.class);
    private static final byte[] HEALTHY = "{\"status\":\"ok\"}".getBytes();

    private final Server server;
    private final ServerConnector connector;
    private final ConnectionDeadlines deadlines;
    private final RejectionLog rejections = new RejectionLog();
    private final LocalSkill skill;
    private final RequestVerifier verifier;

    private SkillServer(InetSocketAddress address, LocalSkill skill, RequestVerifier verifier) {
        this.skill = skill;
        this.verifier = verifier;
        QueuedThreadPool threads = new QueuedThreadPool(THREADS, 4);
        threads.setName("skill-http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(REQUEST_DEADLINE_MILLIS);
        connector.setAcceptQueueSize(1024);
        deadlines = new ConnectionDeadlines(REQUEST_DEADLINE_MILLIS);
        connector.addBean(deadlines);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                SkillServer.this.handle(request, response, callback);
                return true;
            }
        });
        server.setErrorHandler(new JsonErrors());
    }

    /** @param verifier null to answer unverified requests (local testing only) */
    static SkillServer start(InetSocketAddress address, LocalSkill skill, RequestVerifier verifier) throws IOException {
        SkillServer skillServer = new SkillServer(address, skill, verifier);
        try {
            skillServer.server.start();
        } catch (IOException e) {
            skillServer.close();
            throw e;
        } catch (Exception e) {
            skillServer.close();
            throw new IOException(e.getMessage(), e);
        }
        return skillServer;
    }

    int port() {
        return connector.getLocalPort();
    }

    /** Connections open now (for the attack tests: slow ones must be cut). */
    int openConnections() {
        return deadlines.open();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("stopping the server: {}", e.getClass().getSimpleName());
        }
        deadlines.close();
        rejections.flush();
    }

    private void handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (path.equals("/health")) {
            finish(request, response, callback, method.equals("GET") ? HttpAnswer.ok(HEALTHY) : HttpAnswer.notAllowed("GET"));
        } else if (!path.equals("/")) {
            finish(request, response, callback, HttpAnswer.error(404, "not_found", "POST request envelopes to /"));
        } else if (!method.equals("POST")) {
            finish(request, response, callback, HttpAnswer.notAllowed("POST"));
        } else if (request.getLength() > MAX_BODY_BYTES) {
            finish(request, response, callback, tooLarge());
        } else {
            // read without a thread: a body sent a byte at a time costs a socket until the deadline, nothing more
            Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES).whenComplete((body, failure) -> {
                if (failure != null) {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    // Jetty reports a body over the maximum as an IllegalStateException; anything else is a broken body
                    if (cause instanceof IllegalStateException) {
                        finish(request, response, callback, tooLarge());
                    } else {
                        finish(request, response, callback, HttpAnswer.error(400, "bad_body", "the request body could not be read"));
                    }
                    return;
                }
                deadlines.requestRead(request.getConnectionMetaData().getConnection());
                request.getComponents().getThreadPool().execute(() -> finish(request, response, callback, answer(request, body)));
            });
        }
    }

    /** Reads and drops up to {@link #DRAINED_BYTES} of a body (none when more is declared), then runs {@code then}. */
    private static void drainThen(Request request, Runnable then) {
        if (request.getLength() > DRAINED_BYTES) {
            then.run();
        } else {
            drain(request, DRAINED_BYTES, then);
        }
    }

    private static void drain(Request request, long limit, Runnable then) {
        long left = limit;
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                long stillLeft = left;
                request.demand(() -> drain(request, stillLeft, then));
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                then.run();
                return;
            }
            left -= chunk.remaining();
            boolean last = chunk.isLast();
            chunk.release();
            if (last || left <= 0) {
                then.run();
                return;
            }
        }
    }

    private static HttpAnswer tooLarge() {
        return HttpAnswer.error(413, "too_large", "request bodies are limited to " + MAX_BODY_BYTES + " bytes");
    }

    private HttpAnswer answer(Request request, byte[] body) {
        try {
            if (verifier != null) {
                Optional<RequestVerifier.Rejection> rejected = verifier.check(
                        request.getHeaders().get(AlexaHttpBody.SIGNATURE_HEADER),
                        request.getHeaders().get(AlexaHttpBody.CERTIFICATE_URL_HEADER), body);
                if (rejected.isPresent()) {
                    RequestVerifier.Rejection r = rejected.get();
                    return HttpAnswer.error(r.status(), r.code(), r.message());
                }
            }
            LocalSkill.Outcome outcome = skill.invoke(body);
            if (outcome instanceof LocalSkill.Refused refused) {
                Refusal refusal = refused.refusal();
                return HttpAnswer.refusal(refusal == Refusal.INTERNAL_ERROR ? 500 : 400, refused.bytes(), refusal.code());
            }
            return HttpAnswer.ok(outcome.bytes());
        } catch (Exception | Error e) {
            // a thread that dies here leaves the client waiting; only a JVM out of memory is past helping
            if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
                throw fatal;
            }
            LOG.error("POST / failed: {}", e.getClass().getName(), LogSafe.redacted(e));
            return HttpAnswer.error(500, "internal_error", "the server could not answer this request");
        }
    }

    private void finish(Request request, Response response, Callback callback, HttpAnswer answer) {
        if (answer.logged()) {
            rejections.rejected(answer.status(), answer.code());
        }
        Connection connection = request.getConnectionMetaData().getConnection();
        Callback done = Callback.from(callback, () -> deadlines.answered(connection));
        if (answer.status() != 413) {
            answer.sendTo(response, done);
            return;
        }
        // the rest of the body is not wanted: the 413 goes at once, then what the client still sends is dropped
        // (up to a limit, within the deadline) so that it reads the answer rather than a reset; then the connection ends
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        answer.sendTo(response, Callback.from(() -> drainThen(request, done::succeeded), done::failed));
    }

    /** Jetty's own errors (malformed requests, oversized headers, bad lengths) as the same JSON as the server's. */
    private final class JsonErrors extends ErrorHandler {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() >= 400 ? response.getStatus() : 500;
            Object reported = request.getAttribute(ERROR_STATUS);
            if (reported instanceof Integer code && code >= 400) {
                status = code;
            }
            String code = errorCode(status);
            rejections.rejected(status, code);
            HttpAnswer answer = HttpAnswer.error(status, code, message(status));
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            answer.sendTo(response, callback);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            String code = errorCode(status);
            rejections.rejected(status, code);
            fields.put(HttpHeader.CONTENT_TYPE, HttpAnswer.CONTENT_TYPE);
            return ByteBuffer.wrap(HttpAnswer.json(code, message(status)));
        }

        private static String errorCode(int status) {
            return switch (status) {
                case 413 -> "too_large";
                case 431 -> "headers_too_large";
                case 408 -> "too_slow";
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                default -> status >= 500 ? "internal_error" : "bad_request";
            };
        }

        private static String message(int status) {
            return switch (status) {
                case 413 -> "request bodies are limited to " + MAX_BODY_BYTES + " bytes";
                case 431 -> "request headers are limited to " + MAX_HEADER_BYTES + " bytes";
                case 408 -> "the request took too long to arrive";
                default -> status >= 500 ? "the server could not answer this request" : "the request is not valid HTTP";
            };
        }
    }
}
