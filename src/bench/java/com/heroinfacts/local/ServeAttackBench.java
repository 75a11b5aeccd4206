package com.heroinfacts.local;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench/serve-attacks.sh}: the shipped jar's {@code serve} under each attack of issue 10, as a process of its
 * own. For each: the median and 99th percentile of {@code GET /health} and of a launch request (a new connection
 * each, as a client that cannot reuse one would), and the server's resident memory after the attack.
 */
public final class ServeAttackBench {

    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/");
    private static final int PROBES = Integer.getInteger("bench.probes", 200);

    private ServeAttackBench() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/heroin-facts.jar");
        Path folder = Files.createTempDirectory("serve-bench");
        TestPki pki = TestPki.issue(TestPki.ECHO_API);
        Path trust = pki.writeTrustStore(folder.resolve("trust.p12"));
        String file = "echo-api-cert-bench.pem";
        Files.writeString(folder.resolve(file), pki.chainPem());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djavax.net.ssl.trustStore=" + trust, "-Djavax.net.ssl.trustStoreType=PKCS12",
                "-Djavax.net.ssl.trustStorePassword=" + new String(TestPki.STORE_PASSWORD), "-D" + S3Certificates.FOLDER + "=" + folder,
                "-cp", jar + File.pathSeparator + System.getProperty("bench.testClasses", "target/test-classes"),
                "com.heroinfacts.local.Main", "serve", "--port", "0");
        System.out.println("command: " + String.join(" ", command));
        System.out.printf(Locale.ROOT, "%-40s %14s %14s %14s %14s %10s%n", "attack", "health p50 ms", "health p99 ms",
                "launch p50 ms", "launch p99 ms", "RSS MB");
        Process server = new ProcessBuilder(command).redirectError(folder.resolve("serve.log").toFile()).start();
        try {
            int port = port(server);
            String url = "https://s3.amazonaws.com/echo.api/" + file;
            row("none", port, server, pki, url, () -> { });
            try (SlowClients slow = SlowClients.open(port, 200, "P", "O", 1_000)) {
                row("200 slow request lines", port, server, pki, url, () -> { });
            }
            try (SlowClients slow = SlowClients.open(port, 200, "POST / HTTP/1.1\r\nHost: x\r\n", "X", 1_000)) {
                row("200 slow headers", port, server, pki, url, () -> { });
            }
            try (SlowClients slow = SlowClients.open(port, 200,
                    "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4000\r\n\r\n{", " ", 1_000)) {
                row("200 slow bodies", port, server, pki, url, () -> { });
            }
            try (SlowClients idle = SlowClients.idleKeepAlives(port, 1_000)) {
                row("1,000 idle keep-alives", port, server, pki, url, () -> { });
            }
            AtomicBoolean flooding = new AtomicBoolean(true);
            ExecutorService flood = Executors.newFixedThreadPool(16);
            for (int t = 0; t < 16; t++) {
                flood.submit(() -> {
                    while (flooding.get()) {
                        send(port, post(launch(), "AAAA", "https://s3.amazonaws.com/echo.api/forged-" + UUID.randomUUID() + ".pem"));
                        send(port, post(launch(), "AAAA", url + "?" + UUID.randomUUID()));
                    }
                    return null;
                });
            }
            try {
                row("forged-signature flood (16 clients)", port, server, pki, url, () -> { });
            } finally {
                flooding.set(false);
                flood.shutdown();
            }
        } finally {
            server.destroy();
        }
    }

    private static void row(String attack, int port, Process server, TestPki pki, String url, Runnable during) throws Exception {
        during.run();
        double[] health = new double[PROBES];
        double[] launch = new double[PROBES];
        for (int i = 0; i < PROBES; i++) {
            health[i] = timed(port, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] body = launch();
            launch[i] = timed(port, post(body, pki.sign(body), url));
        }
        System.out.printf(Locale.ROOT, "%-40s %14.2f %14.2f %14.2f %14.2f %10.1f%n", attack, percentile(health, 50),
                percentile(health, 99), percentile(launch, 50), percentile(launch, 99), rssMegabytes(server.pid()));
    }

    private static double timed(int port, byte[] request) throws IOException {
        long started = System.nanoTime();
        String answer = send(port, request);
        double millis = (System.nanoTime() - started) / 1e6;
        if (!answer.startsWith("HTTP/1.1 200")) {
            throw new IllegalStateException("not answered 200: " + answer.lines().findFirst().orElse(""));
        }
        return millis;
    }

    private static String send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request);
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] post(byte[] body, String signature, String url) {
        String head = "POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nSignature-256: " + signature
                + "\r\nSignatureCertChainUrl: " + url + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] bytes = Arrays.copyOf(head.getBytes(StandardCharsets.US_ASCII), head.length() + body.length);
        System.arraycopy(body, 0, bytes, head.length(), body.length);
        return bytes;
    }

    private static byte[] launch() throws IOException {
        try (InputStream in = ServeAttackBench.class.getResourceAsStream("/requests/launch-full-context.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceFirst("\"timestamp\": *\"[^\"]*\"",
                    "\"timestamp\": \"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double rssMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static int port(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        Matcher listening = LISTENING.matcher(first == null ? "" : first);
        if (!listening.find()) {
            throw new IllegalStateException("serve did not start: " + first);
        }
        return Integer.parseInt(listening.group(1));
    }
}
