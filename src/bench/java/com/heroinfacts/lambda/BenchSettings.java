package com.heroinfacts.lambda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** What the benchmarks take from the project rather than repeat: the template's JVM options, and the JDK's name. */
final class BenchSettings {

    private BenchSettings() {
    }

    /** JAVA_TOOL_OPTIONS as the deployment template sets them (Mappings.Tuning.Function.JavaToolOptions). */
    @SuppressWarnings("unchecked")
    static String templateJavaToolOptions() throws IOException {
        Map<String, Object> template = CloudFormationYaml.read(Path.of("infrastructure/cfn-deployer/skill-stack.yaml"));
        Map<String, Object> tuning = (Map<String, Object>) ((Map<String, Object>) template.get("Mappings")).get("Tuning");
        return (String) ((Map<String, Object>) tuning.get("Function")).get("JavaToolOptions");
    }

    /** "OpenJDK 17.0.15" or the like, from the launcher's own -version. */
    static String javaVersion(String java) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        String[] lines = text.split("\n");
        String version = lines[0].replaceAll(".*version \"([^\"]+)\".*", "$1");
        String vendor = text.contains("Temurin") ? "Temurin" : lines[0].startsWith("openjdk") ? "OpenJDK" : "Java";
        return vendor + " " + version;
    }
}
