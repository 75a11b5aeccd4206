package com.heroinfacts.lambda;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The skill's jar run the way AWS Lambda's java21 runtime runs it: the jar unzipped as the task root (/var/task)
 * and the working directory, the runtime interface client and its libraries on the JVM's own classpath
 * (/var/runtime/lib), Lambda's JVM options, the handler string as the only argument, and the Runtime API's address
 * in AWS_LAMBDA_RUNTIME_API. Used by the integration test and the cold-start benchmark.
 */
final class LambdaRuntimeProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/heroin-facts.jar");
    static final Path RUNTIME_LIB = Path.of("target/lambda-runtime");
    static final String HANDLER = "com.heroinfacts.lambda.HeroinFactsStreamHandler";
    static final String RUNTIME_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    /**
     * The options Lambda's java21 bootstrap starts the JVM with (seen in /proc of a running function), less its
     * heap size for the function's memory, its CDS archive and its log4j hot-patch agent, which are not here.
     */
    static final List<String> LAMBDA_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xshare:auto",
            "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac", "-XX:+ErrorFileToStderr");

    private final Process process;
    private final Path output;

    private LambdaRuntimeProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /**
     * @param java        the java launcher
     * @param jvmOptions  options before the main class (Lambda's own, and any extra such as class-load logging)
     * @param environment the function's environment (SKILL_ID, JAVA_TOOL_OPTIONS...) besides the runtime's own
     */
    static LambdaRuntimeProcess start(String java, List<String> jvmOptions, String handler, Path taskRoot,
                                      RuntimeApiEmulator api, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        // Lambda points the client at its native library; without this it unpacks one to /tmp at every start
        command.add("-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI=" + nativeLibrary());
        command.add("-classpath");
        command.add(runtimeClasspath());
        command.add(RUNTIME_MAIN);
        command.add(handler);
        ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile());
        Map<String, String> env = builder.environment();
        // only what Lambda sets: none of this machine's variables leak into the function
        env.clear();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("LAMBDA_TASK_ROOT", taskRoot.toAbsolutePath().toString());
        env.put("LAMBDA_RUNTIME_DIR", RUNTIME_LIB.toAbsolutePath().toString());
        env.put("AWS_LAMBDA_RUNTIME_API", api.address());
        env.put("_HANDLER", handler);
        env.put("AWS_LAMBDA_FUNCTION_NAME", "heroin-facts");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "1");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1769");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/heroin-facts");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "local");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.putAll(environment);
        Path output = Files.createTempFile("lambda-runtime-", ".log");
        builder.redirectErrorStream(true).redirectOutput(output.toFile());
        return new LambdaRuntimeProcess(builder.start(), output);
    }

    /** The jar unzipped, as Lambda unpacks a deployment package into /var/task; made once per jar. */
    static Path taskRoot() throws IOException {
        Path root = Path.of("target/lambda-task");
        Path stamp = root.resolve(".from-jar");
        String jarStamp = Files.getLastModifiedTime(JAR) + " " + Files.size(JAR);
        if (Files.exists(stamp) && Files.readString(stamp).equals(jarStamp)) {
            return root;
        }
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Files.writeString(stamp, jarStamp);
        return root;
    }

    /** The runtime client's JNI library for this machine, unpacked once next to the client, as in /var/runtime/lib/jni. */
    static Path nativeLibrary() throws IOException {
        Path library = RUNTIME_LIB.resolve("jni/libaws-lambda-jni.linux-x86_64.so").toAbsolutePath();
        if (Files.exists(library)) {
            return library;
        }
        try (Stream<Path> jars = Files.list(RUNTIME_LIB)) {
            Path client = jars.filter(p -> p.getFileName().toString().startsWith("aws-lambda-java-runtime-interface-client"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no runtime client in " + RUNTIME_LIB));
            try (ZipFile zip = new ZipFile(client.toFile())) {
                ZipEntry entry = zip.getEntry("jni/" + library.getFileName());
                if (entry == null) {
                    throw new IllegalStateException("the runtime client has no " + library.getFileName());
                }
                Files.createDirectories(library.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return library;
    }

    static String runtimeClasspath() throws IOException {
        try (Stream<Path> jars = Files.list(RUNTIME_LIB)) {
            List<String> paths = jars.filter(p -> p.toString().endsWith(".jar")).sorted()
                    .map(p -> p.toAbsolutePath().toString()).toList();
            if (paths.isEmpty()) {
                throw new IllegalStateException(RUNTIME_LIB + " is empty: run mvn generate-test-resources");
            }
            return String.join(File.pathSeparator, paths);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the runtime and the function wrote, stdout and stderr together, so far. */
    String output() throws IOException {
        return Files.readString(output);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(output);
    }
}
