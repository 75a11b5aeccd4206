package com.heroinfacts.local;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeCommandTest {

    @Test
    void by_default_serve_verifies_and_listens_on_loopback_port_8080() {
        assertThat(ServeCommand.Options.parse(new String[0])).isEqualTo(new ServeCommand.Options("127.0.0.1", 8080, true));
        assertThat(ServeCommand.Options.parse(new String[] {"--host", "0.0.0.0", "--port", "9000", "--no-verify"}))
                .isEqualTo(new ServeCommand.Options("0.0.0.0", 9000, false));
    }

    @Test
    void bad_options_are_named() {
        assertThatThrownBy(() -> ServeCommand.Options.parse(new String[] {"--port", "70000"})).hasMessageContaining("70000");
        assertThatThrownBy(() -> ServeCommand.Options.parse(new String[] {"--port"})).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> ServeCommand.Options.parse(new String[] {"--host", "--no-verify"})).hasMessageContaining("--host");
        assertThatThrownBy(() -> ServeCommand.Options.parse(new String[] {"--verify"})).hasMessageContaining("unknown option: --verify");
    }

    @Test
    void a_bad_option_exits_2_with_the_usage_instead_of_serving() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Main.run(new String[] {"serve", "--nope"}, System.in, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option: --nope").contains(ServeCommand.USAGE);
    }

    @Test
    void the_usage_lists_serve() {
        assertThat(Main.USAGE).contains("serve [--port 8080] [--host 127.0.0.1] [--no-verify]");
    }
}
