package com.heroinfacts.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Cold starts, each beside the JVM floor of the same run: a hello-world main started the same way (same java,
 * same options, same kind of classpath). Runs are interleaved, floor then target, so that the other builds on the
 * machine weigh on both alike; medians are reported with the ratio to the floor.
 *
 * <p>Wall time is spawn to the first response (for invoke, the first JSON line on stdout; under the Runtime API,
 * the response's arrival at the emulator) and spawn to exit, measured on a run of its own; CPU time is user+sys of
 * every thread (perf stat's task-clock, or getrusage when perf is missing); peak RSS is the high-water mark.
 *
 * <p>Usage: {@code ColdStartBench runs java...} (run by bench/run.sh, from the project's root).
 */
public final class ColdStartBench {

    private static final Path WORK = Path.of("target/bench");
    private static final boolean PERF = Files.isExecutable(Path.of("/usr/bin/perf"));

    /** One process run. firstMillis is spawn to first response; -1 where there is none (a floor's exit is its answer). */
    record Sample(double firstMillis, double exitMillis, double cpuMillis, long peakRssKb) {
    }

    /** Something to start, measured the same way as its floor. */
    interface Run {
        Sample once() throws Exception;
    }

    record Scenario(String name, Run floor, Run target) {
    }

    private ColdStartBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        Files.createDirectories(WORK);
        Path hello = helloJar();
        Path launch = write("launch.json", Priming.request("launch.json", "amzn1.ask.skill.bench", "en-US", null));
        Path topic = write("topic.json", realisticTopicQuestion("amzn1.ask.skill.bench"));
        String templateOptions = BenchSettings.templateJavaToolOptions();
        PrintStream out = System.out;
        for (int i = 1; i < args.length; i++) {
            String java = args[i];
            String jdk = BenchSettings.javaVersion(java);
            out.printf("%n## %s (%s), %d runs each, medians%n", jdk, java, runs);
            Map<String, String> tool = Map.of("JAVA_TOOL_OPTIONS", templateOptions);
            List<Scenario> scenarios = new ArrayList<>();
            // the invoke command: java -jar, an envelope on stdin, the response on stdout
            scenarios.add(new Scenario("invoke, launch, default flags",
                    () -> process(List.of(java, "-jar", hello.toString()), null, Map.of()),
                    () -> process(List.of(java, "-jar", LambdaRuntimeProcess.JAR.toString(), "invoke"), launch, Map.of())));
            scenarios.add(new Scenario("invoke, topic question (person, Viewport), default flags",
                    () -> process(List.of(java, "-jar", hello.toString()), null, Map.of()),
                    () -> process(List.of(java, "-jar", LambdaRuntimeProcess.JAR.toString(), "invoke"), topic, Map.of())));
            scenarios.add(new Scenario("invoke, launch, template's JAVA_TOOL_OPTIONS",
                    () -> process(List.of(java, "-jar", hello.toString()), null, tool),
                    () -> process(List.of(java, "-jar", LambdaRuntimeProcess.JAR.toString(), "invoke"), launch, tool)));
            // -Dbench.full=true adds AppCDS archives and a plain one-handler SDK skill, for reference
            boolean full = Boolean.getBoolean("bench.full");
            if (full) {
            Path helloCds = cds(jdk, "hello", List.of(java, "-jar", hello.toString()), null);
            Path invokeCds = cds(jdk, "invoke", List.of(java, "-jar", LambdaRuntimeProcess.JAR.toString(), "invoke"), launch);
            scenarios.add(new Scenario("invoke, launch, AppCDS archive",
                    () -> process(List.of(java, "-XX:SharedArchiveFile=" + helloCds, "-jar", hello.toString()), null, Map.of()),
                    () -> process(List.of(java, "-XX:SharedArchiveFile=" + invokeCds, "-jar", LambdaRuntimeProcess.JAR.toString(),
                            "invoke"), launch, Map.of())));
            }
            String baseline = System.getProperty("bench.baseline");
            if (baseline != null) {
                scenarios.add(new Scenario("reference: this skill before this work (" + System.getProperty("bench.baselineName",
                        Path.of(baseline).getFileName().toString()) + "), launch, default flags",
                        () -> process(List.of(java, "-jar", hello.toString()), null, Map.of()),
                        () -> process(List.of(java, "-jar", baseline, "invoke"), launch, Map.of())));
                scenarios.add(new Scenario("reference: " + System.getProperty("bench.baselineName", "baseline")
                        + ", topic question (person, Viewport), default flags",
                        () -> process(List.of(java, "-jar", hello.toString()), null, Map.of()),
                        () -> process(List.of(java, "-jar", baseline, "invoke"), topic, Map.of())));
                String baselineRoot = System.getProperty("bench.baselineTaskRoot");
                if (baselineRoot != null) {
                    scenarios.add(new Scenario("reference: " + System.getProperty("bench.baselineName", "baseline")
                            + ", runtime client, launch, Lambda's options",
                            () -> helloLike(java, LambdaRuntimeProcess.LAMBDA_JVM_OPTIONS, hello, Map.of()),
                            () -> runtime(java, LambdaRuntimeProcess.LAMBDA_JVM_OPTIONS, LambdaRuntimeProcess.HANDLER,
                                    Path.of(baselineRoot), launch, Map.of())));
                }
            }
            if (full) {
                scenarios.add(new Scenario("reference: a plain ASK SDK skill (ask-sdk-core), launch",
                        () -> process(List.of(java, "-jar", hello.toString()), null, Map.of()),
                        () -> process(List.of(java, "-cp", LambdaRuntimeProcess.JAR + ":" + benchClasses(),
                                PlainSkill.class.getName()), launch, Map.of())));
            }
            // under AWS Lambda's runtime client, Lambda's JVM options; the floor is hello-world with the same options
            List<String> lambda = LambdaRuntimeProcess.LAMBDA_JVM_OPTIONS;
            Path taskRoot = LambdaRuntimeProcess.taskRoot();
            Path echoRoot = echoTaskRoot();
            scenarios.add(new Scenario("runtime client, launch, Lambda's options",
                    () -> helloLike(java, lambda, hello, Map.of()),
                    () -> runtime(java, lambda, LambdaRuntimeProcess.HANDLER, taskRoot, launch, Map.of())));
            scenarios.add(new Scenario("runtime client, launch, Lambda's options + template's JAVA_TOOL_OPTIONS",
                    () -> helloLike(java, lambda, hello, tool),
                    () -> runtime(java, lambda, LambdaRuntimeProcess.HANDLER, taskRoot, launch, tool)));
            scenarios.add(new Scenario("runtime client, topic question (person, Viewport), Lambda's options",
                    () -> helloLike(java, lambda, hello, Map.of()),
                    () -> runtime(java, lambda, LambdaRuntimeProcess.HANDLER, taskRoot, topic, Map.of())));
            if (full) {
            Path runtimeCds = runtimeCds(jdk, java, lambda, taskRoot, launch);
            Path helloLambdaCds = cds(jdk, "hello-lambda", helloCommand(java, lambda, hello), null);
            scenarios.add(new Scenario("runtime client, launch, Lambda's options + AppCDS archive",
                    () -> helloLike(java, with(lambda, "-XX:SharedArchiveFile=" + helloLambdaCds), hello, Map.of()),
                    () -> runtime(java, with(lambda, "-XX:SharedArchiveFile=" + runtimeCds), LambdaRuntimeProcess.HANDLER,
                            taskRoot, launch, Map.of())));
            }
            scenarios.add(new Scenario("runtime client's own floor: an echo handler, Lambda's options",
                    () -> helloLike(java, lambda, hello, Map.of()),
                    () -> runtime(java, lambda, EchoHandler.class.getName(), echoRoot, launch, Map.of())));
            Map<Scenario, List<Sample[]>> measured = measure(scenarios, runs);
            report(out, measured);
            inProcess(out, java, launch, runs, median(measured.get(scenarios.get(0)), 0, Sample::exitMillis));
        }
    }

    /**
     * A topic question as a recognised voice on an Echo Show sends it: the screen's Viewport, the speaker's person,
     * the user's access token and permissions. Such envelopes are what most first requests look like.
     */
    private static byte[] realisticTopicQuestion(String applicationId) throws IOException {
        ObjectNode request = Priming.intentRequest("screen-intent.json", applicationId, "en-US", "StimulantOrDepressantIntent");
        ObjectNode system = (ObjectNode) request.path("context").path("System");
        system.putObject("person").put("personId", "amzn1.ask.person.BENCH").put("accessToken", "Atza|BENCH-PERSON");
        ((ObjectNode) system.path("user")).put("accessToken", "Atza|BENCH-USER").putObject("permissions")
                .put("consentToken", "BENCH-CONSENT");
        ((ObjectNode) request.path("session").path("user")).put("accessToken", "Atza|BENCH-USER");
        return new ObjectMapper().writeValueAsBytes(request);
    }

    /** Main's first line to the first response, measured inside fresh JVMs (InProcessCold), default flags. */
    private static void inProcess(PrintStream out, String java, Path launch, int runs, double floorMillis) throws Exception {
        double[] micros = new double[runs];
        for (int run = 0; run < runs; run++) {
            Process process = new ProcessBuilder(java, "-cp", LambdaRuntimeProcess.JAR + ":" + benchClasses(),
                    InProcessCold.class.getName(), launch.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("InProcessCold failed");
            }
            micros[run] = Double.parseDouble(printed);
        }
        Arrays.sort(micros);
        double median = micros[runs / 2] / 1000;
        out.printf(Locale.ROOT, "%nIn-process, main's first line to the first response (handler built, one launch): "
                + "median %.0f ms (%.1f× the floor's whole process, %.0f ms, above), min %.0f, max %.0f, over %d fresh JVMs%n",
                median, median / floorMillis, floorMillis, micros[0] / 1000, micros[runs - 1] / 1000, runs);
    }

    private static Map<Scenario, List<Sample[]>> measure(List<Scenario> scenarios, int runs) throws Exception {
        Map<Scenario, List<Sample[]>> samples = new LinkedHashMap<>();
        scenarios.forEach(s -> samples.put(s, new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            for (Scenario scenario : scenarios) {
                Sample floor = scenario.floor().once();
                Sample target = scenario.target().once();
                samples.get(scenario).add(new Sample[] {floor, target});
            }
        }
        return samples;
    }

    private static void report(PrintStream out, Map<Scenario, List<Sample[]>> samples) {
        out.println();
        out.println("| scenario | floor wall ms | first response ms | × floor | floor CPU ms | CPU ms | × floor | peak RSS MB |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        samples.forEach((scenario, pairs) -> {
            double floorWall = median(pairs, 0, Sample::exitMillis);
            double first = median(pairs, 1, Sample::firstMillis);
            double floorCpu = median(pairs, 0, Sample::cpuMillis);
            double cpu = median(pairs, 1, Sample::cpuMillis);
            double rss = median(pairs, 1, s -> s.peakRssKb() / 1024.0);
            out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.1f | %.0f | %.0f | %.1f | %.1f |%n", scenario.name(), floorWall,
                    first, first / floorWall, floorCpu, cpu, cpu / floorCpu, rss);
        });
        out.println();
        out.println("Spread (min-max of first response ms): ");
        samples.forEach((scenario, pairs) -> {
            List<Double> firsts = pairs.stream().map(p -> p[1].firstMillis()).sorted().toList();
            List<Double> floors = pairs.stream().map(p -> p[0].exitMillis()).sorted().toList();
            out.printf(Locale.ROOT, "- %s: %.0f-%.0f (floor %.0f-%.0f)%n", scenario.name(), firsts.get(0),
                    firsts.get(firsts.size() - 1), floors.get(0), floors.get(floors.size() - 1));
        });
    }

    private static double median(List<Sample[]> pairs, int which, java.util.function.ToDoubleFunction<Sample> value) {
        double[] values = pairs.stream().mapToDouble(p -> value.applyAsDouble(p[which])).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    // --- running processes

    /**
     * A process run twice: alone, for the wall times (spawn to its first JSON line on stdout, and to its exit), then
     * under perf stat and GNU time for its CPU time and peak RSS. Once only, the wrappers' own start would count in
     * the wall time (about 15 ms here, a quarter of the floor).
     */
    static Sample process(List<String> command, Path stdin, Map<String, String> env) throws Exception {
        Sample timed = run(command, stdin, env, false);
        Sample measured = run(command, stdin, env, true);
        return new Sample(timed.firstMillis(), timed.exitMillis(), measured.cpuMillis(), measured.peakRssKb());
    }

    private static Sample run(List<String> command, Path stdin, Map<String, String> env, boolean wrapped) throws Exception {
        Path cpu = Files.createTempFile(WORK, "cpu", ".txt");
        Path rss = Files.createTempFile(WORK, "rss", ".txt");
        List<String> full = new ArrayList<>();
        if (wrapped) {
            full.addAll(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", rss.toString()));
            if (PERF) {
                full.addAll(List.of("perf", "stat", "-x,", "-e", "task-clock", "-o", cpu.toString(), "--"));
            }
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        long started = System.nanoTime();
        Process process = builder.start();
        long first = -1;
        // the first line that is JSON: the JVM may print warnings to stdout first
        try (java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (first < 0 && line.startsWith("{")) {
                    first = System.nanoTime();
                }
            }
        }
        int status = process.waitFor();
        long exited = System.nanoTime();
        if (status != 0 || first < 0) {
            throw new IllegalStateException((status != 0 ? "exit " + status : "no JSON on stdout") + ": " + command);
        }
        double cpuMillis = -1;
        long peakRss = -1;
        if (wrapped) {
            String[] time = Files.readString(rss).trim().split("\\s+");
            cpuMillis = PERF ? perfTaskClock(cpu) : (Double.parseDouble(time[1]) + Double.parseDouble(time[2])) * 1000;
            peakRss = Long.parseLong(time[0]);
        }
        Files.delete(cpu);
        Files.delete(rss);
        return new Sample((first - started) / 1e6, (exited - started) / 1e6, cpuMillis, peakRss);
    }

    private static double perfTaskClock(Path output) throws IOException {
        for (String line : Files.readAllLines(output)) {
            String[] fields = line.split(",");
            if (fields.length > 2 && fields[2].startsWith("task-clock")) {
                return Double.parseDouble(fields[0]);
            }
        }
        throw new IllegalStateException("no task-clock in " + Files.readString(output));
    }

    private static List<String> helloCommand(String java, List<String> options, Path hello) throws IOException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-classpath", LambdaRuntimeProcess.runtimeClasspath() + ":" + hello, HelloWorld.class.getName()));
        return command;
    }

    private static Sample helloLike(String java, List<String> options, Path hello, Map<String, String> env) throws Exception {
        return process(helloCommand(java, options, hello), null, env);
    }

    /**
     * Spawn to the response's arrival at the emulator. CPU is the process's own (every thread, from /proc and
     * schedstat) at that moment, and the RSS its high-water mark then; the process is stopped afterwards.
     */
    static Sample runtime(String java, List<String> options, String handler, Path taskRoot, Path event,
                          Map<String, String> env) throws Exception {
        byte[] request = Files.readAllBytes(event);
        try (RuntimeApiEmulator api = new RuntimeApiEmulator()) {
            long started = System.nanoTime();
            try (LambdaRuntimeProcess lambda = LambdaRuntimeProcess.start(java, options, handler, taskRoot, api, env)) {
                RuntimeApiEmulator.Result result = api.invoke(request, Duration.ofSeconds(30));
                long answered = System.nanoTime();
                if (result.error()) {
                    throw new IllegalStateException("error from " + handler + ": " + result.text());
                }
                double cpu = ProcFs.cpuMillis(lambda.pid());
                long rss = ProcFs.peakRssKb(lambda.pid());
                double millis = (answered - started) / 1e6;
                return new Sample(millis, millis, cpu, rss);
            }
        }
    }

    // --- preparing

    /**
     * Trains an AppCDS archive with one run of the command (-XX:ArchiveClassesAtExit), fresh for this run (an archive
     * is only valid for the jar it was made with), and checks that the JVM maps it (-Xshare:on fails if not).
     */
    private static Path cds(String jdk, String name, List<String> command, Path stdin) throws Exception {
        Path archive = WORK.resolve(jdk.replaceAll("[^A-Za-z0-9.]", "_") + "-" + name + ".jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        List<String> training = new ArrayList<>(command);
        training.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        ProcessBuilder builder = new ProcessBuilder(training).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        builder.start().waitFor();
        List<String> check = new ArrayList<>(command);
        check.addAll(1, List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive));
        process(check, stdin, Map.of());
        return archive;
    }

    /** The runtime client's archive: one invocation, then a SIGTERM, on which the JVM writes the archive; checked. */
    private static Path runtimeCds(String jdk, String java, List<String> options, Path taskRoot, Path event) throws Exception {
        Path archive = WORK.resolve(jdk.replaceAll("[^A-Za-z0-9.]", "_") + "-runtime.jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        runtime(java, with(options, "-XX:ArchiveClassesAtExit=" + archive), LambdaRuntimeProcess.HANDLER, taskRoot,
                event, Map.of());
        for (int i = 0; i < 50 && !Files.exists(archive); i++) {
            Thread.sleep(100);
        }
        // -Xshare:on: the JVM stops, and no answer comes, if the archive does not map
        runtime(java, with(with(options, "-Xshare:on"), "-XX:SharedArchiveFile=" + archive), LambdaRuntimeProcess.HANDLER,
                taskRoot, event, Map.of());
        return archive;
    }

    private static List<String> with(List<String> options, String extra) {
        List<String> all = new ArrayList<>(options);
        all.add(extra);
        return all;
    }

    private static Path write(String name, byte[] content) throws IOException {
        return Files.write(WORK.resolve(name), content);
    }

    /** HelloWorld alone in a jar, started with java -jar like the skill's jar. */
    private static Path helloJar() throws IOException {
        Path jar = WORK.resolve("hello.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, HelloWorld.class.getName());
        String entry = HelloWorld.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             InputStream in = HelloWorld.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new ZipEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    /** A task root holding only the echo handler. */
    private static Path echoTaskRoot() throws IOException {
        String entry = EchoHandler.class.getName().replace('.', '/') + ".class";
        Path target = WORK.resolve("echo-task").resolve(entry);
        Files.createDirectories(target.getParent());
        try (InputStream in = EchoHandler.class.getClassLoader().getResourceAsStream(entry)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return WORK.resolve("echo-task");
    }

    private static String benchClasses() {
        return Path.of("target/test-classes").toAbsolutePath().toString();
    }
}
