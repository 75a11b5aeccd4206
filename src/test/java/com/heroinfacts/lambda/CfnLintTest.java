package com.heroinfacts.lambda;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * AWS's CloudFormation linter, informational checks included ({@code --include-checks I}), finds nothing in the
 * template. cfn-lint is a Python tool with no Debian package (bookworm has none); where it is not installed
 * ({@code pip install cfn-lint}) this test is skipped and says so. DEPLOY.md shows the command and its clean output.
 */
class CfnLintTest {

    private static final Path TEMPLATE = Path.of("infrastructure/cfn-deployer/skill-stack.yaml");

    @Test
    void cfn_lint_with_informational_checks_finds_nothing() throws Exception {
        assumeTrue(onPath("cfn-lint"), "cfn-lint is not on the PATH (pip install cfn-lint): the template is not linted here");

        Process lint = new ProcessBuilder("cfn-lint", "--include-checks", "I", "--format", "parseable", "--", TEMPLATE.toString())
                .redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("cfn-lint ended").isTrue();

        assertThat(output).as("cfn-lint's findings").isEmpty();
        assertThat(lint.exitValue()).as(output).isZero();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }
}
