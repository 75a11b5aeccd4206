package com.heroinfacts.skill;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTest {

    @Test
    void a_redacted_failure_keeps_every_class_and_stack_frame_but_no_message() {
        IllegalStateException failure = new IllegalStateException("user said: my name is Priya",
                new IllegalArgumentException("Unrecognized token 'Priya': was expecting JSON"));

        Throwable redacted = LogSafe.redacted(failure);

        String printed = printed(redacted);
        assertThat(printed).doesNotContain("Priya")
                .contains("java.lang.IllegalStateException").contains("Caused by: ")
                .contains("java.lang.IllegalArgumentException").contains("LogSafeTest");
        assertThat(redacted.getStackTrace()).isEqualTo(failure.getStackTrace());
    }

    @Test
    void a_token_cannot_forge_a_log_line_or_run_long() {
        assertThat(LogSafe.token("amzn1.echo-api.request.1\n[INFO] forged")).isEqualTo("amzn1.echo-api.request.1??INFO??forged");
        assertThat(LogSafe.token("x".repeat(5_000))).hasSize(103).endsWith("...");
        assertThat(LogSafe.token(null)).isEqualTo("-");
    }

    private static String printed(Throwable throwable) {
        StringWriter out = new StringWriter();
        throwable.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
