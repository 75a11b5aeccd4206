package com.heroinfacts.lambda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The local analogue of a SnapStart restore: in a fresh JVM, the first request after the priming hook ran, against
 * the first request of a fresh handler that was not primed, and against a warm request (the median of the last of
 * thousands, back to back, and the median of a few that each follow a 200 ms pause, as Alexa's turns arrive). Each
 * figure comes from its own fresh JVMs.
 *
 * <p>Usage: {@code PrimingBench runs java [jvm options...]} drives; {@code PrimingBench child primed|fresh} measures.
 */
public final class PrimingBench {

    private static final int WARM_REQUESTS = 6000;
    private static final int PAUSES = 5;
    private static final long PAUSE_MILLIS = 200;

    private PrimingBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("child")) {
            child(args[1].equals("primed"));
        } else {
            drive(Integer.parseInt(args[0]), args[1], Arrays.asList(args).subList(2, args.length));
        }
    }

    /** Prints: first-request µs, warm p50 µs, warm p99 µs. */
    private static void child(boolean primed) throws Exception {
        HeroinFactsStreamHandler handler = new HeroinFactsStreamHandler();
        long primingMillis = 0;
        if (primed) {
            long started = System.nanoTime();
            int rounds = Integer.getInteger("bench.rounds", 0);
            if (rounds > 0) {
                // trying other round counts than the hook's own
                Priming.run(handler, null, rounds);
            } else {
                Priming.register().beforeCheckpoint(null);
            }
            primingMillis = (System.nanoTime() - started) / 1_000_000;
            // as Lambda's runtime client does after the hooks, before the snapshot
            System.gc();
        }
        // a new session's question, as the first user after a restore would ask it
        byte[] question = Priming.request("intent.json", "amzn1.ask.skill.priming", "en-US", "NaloxoneIntent");
        long first = time(handler, question);
        long second = time(handler, question);
        // warm: the same question, thousands of times over
        long[] warm = new long[WARM_REQUESTS];
        for (int i = 0; i < WARM_REQUESTS; i++) {
            warm[i] = time(handler, question);
        }
        long[] last = Arrays.copyOfRange(warm, WARM_REQUESTS / 2, WARM_REQUESTS);
        Arrays.sort(last);
        // warm again, but each request after the thread slept, as Alexa's turns arrive seconds apart
        long[] afterPause = new long[PAUSES];
        for (int i = 0; i < PAUSES; i++) {
            Thread.sleep(PAUSE_MILLIS);
            afterPause[i] = time(handler, question);
        }
        Arrays.sort(afterPause);
        System.out.printf(Locale.ROOT, "%d %d %d %d %d %d%n", first / 1000, last[last.length / 2] / 1000,
                last[(int) (last.length * 0.99)] / 1000, primingMillis, second / 1000, afterPause[PAUSES / 2] / 1000);
    }

    private static long time(HeroinFactsStreamHandler handler, byte[] request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        long started = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(request), out, null);
        long nanos = System.nanoTime() - started;
        if (out.size() == 0) {
            throw new IllegalStateException("no response");
        }
        return nanos;
    }

    private static void drive(int runs, String java, List<String> options) throws Exception {
        List<long[]> primed = new ArrayList<>();
        List<long[]> fresh = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            primed.add(spawn(java, options, "primed"));
            fresh.add(spawn(java, options, "fresh"));
        }
        PrintStream out = System.out;
        long warmP50 = median(primed, 1);
        long primedFirst = median(primed, 0);
        out.printf(Locale.ROOT, "%n### %s %s, %d fresh JVMs each, medians (µs)%n%n", BenchSettings.javaVersion(java),
                options.isEmpty() ? "default flags" : String.join(" ", options), runs);
        long warmAfterPause = median(primed, 5);
        out.println("| first request, fresh handler | first after priming | second after priming | warm p50 | warm p99 "
                + "| warm, after a 200 ms pause | first after priming / warm p50 | / warm after a pause | priming took |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.printf(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %.1f× | %.1f× | %d ms |%n", median(fresh, 0), primedFirst,
                median(primed, 4), warmP50, median(primed, 2), warmAfterPause, (double) primedFirst / warmP50,
                (double) primedFirst / warmAfterPause, median(primed, 3));
    }

    private static long[] spawn(String java, List<String> options, String mode) throws Exception {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PrimingBench.class.getName(), "child", mode));
        // the request log goes where Lambda's would, out of the way; its cost stays in the figures
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("child failed: " + command);
        }
        return Arrays.stream(line.split(" ")).mapToLong(Long::parseLong).toArray();
    }

    private static long median(List<long[]> rows, int column) {
        long[] values = rows.stream().mapToLong(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }
}
