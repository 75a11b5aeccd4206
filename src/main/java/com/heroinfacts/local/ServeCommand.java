package com.heroinfacts.local;

import com.heroinfacts.skill.SkillSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve [--port 8080] [--host 127.0.0.1] [--no-verify]}: the skill as a web service until the process
 * is stopped. Loopback unless told otherwise: a tunnel or proxy on this machine is the only expected client.
 */
final class ServeCommand {

    static final String USAGE = "serve [--port 8080] [--host 127.0.0.1] [--no-verify]";
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    /** What the command line asked for. */
    record Options(String host, int port, boolean verify) {

        static Options parse(String[] args) {
            String host = "127.0.0.1";
            int port = 8080;
            boolean verify = true;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = port(value(args, ++i, "--port"));
                    case "--host" -> host = value(args, ++i, "--host");
                    case "--no-verify" -> verify = false;
                    default -> throw new IllegalArgumentException("unknown option: " + args[i]);
                }
            }
            return new Options(host, port, verify);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int port(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // reported below, with the value
            }
            throw new IllegalArgumentException("--port must be 0 to 65535, not " + text);
        }
    }

    private ServeCommand() {
    }

    /** Serves until the JVM is stopped; returns only when the server cannot start. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            err.println("usage: java -jar heroin-facts.jar " + USAGE);
            return 2;
        }
        // the SDK downloads certificates with the JDK's defaults, which wait forever
        System.setProperty("sun.net.client.defaultConnectTimeout", System.getProperty("sun.net.client.defaultConnectTimeout", "3000"));
        System.setProperty("sun.net.client.defaultReadTimeout", System.getProperty("sun.net.client.defaultReadTimeout", "3000"));
        if (!options.verify()) {
            LOG.warn("--no-verify: request signatures and timestamps are NOT checked; for local testing only, never behind a public URL");
        }
        if (SkillSettings.fromEnvironment(System.getenv()).skillId() == null) {
            LOG.warn("SKILL_ID is not set: requests for any skill id are answered");
        }
        SkillServer server;
        try {
            server = SkillServer.start(new InetSocketAddress(options.host(), options.port()), LocalSkill.fromEnvironment(),
                    options.verify() ? RequestVerifier.amazon() : null);
        } catch (IOException | RuntimeException e) {
            err.println("serve: cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "skill-http-stop"));
        out.println("listening on http://" + options.host() + ":" + server.port() + "/"
                + (options.verify() ? " (verifying Alexa signatures)" : " (NOT verifying requests)"));
        out.flush();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
