package com.heroinfacts.local;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.content.Catalogues;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The jar as a local tool. With no arguments, an interactive simulator; {@code ask} for one turn;
 * {@code invoke} for raw request envelopes; {@code batch} for a list of phrasings. All go through
 * the Lambda handler, so what you see here is what Alexa gets.
 */
public final class Main {

    static final String USAGE = """
            usage: java -jar heroin-facts.jar                      talk to the skill (type quit to leave)
                   java -jar heroin-facts.jar ask [--locale L] [--json] [--explain] [--apl] "what you would say"
                   java -jar heroin-facts.jar invoke  < request.json  (one or more envelopes; one response per line)
                   java -jar heroin-facts.jar batch [--locale L] [--apl] < utterances.txt  (one JSON line per utterance)
                   java -jar heroin-facts.jar batch --report [--locale L] < list.tsv  (lines: expected-topic<TAB>phrasing,
                                              or a bare phrasing; prints the emergency and routing figures)
                   java -jar heroin-facts.jar serve [--port 8080] [--host 127.0.0.1] [--no-verify]
                                              (the skill as an Alexa web service: POST /, GET /health)
            --locale en-US or es-US; --apl: the device has a screen (an Echo Show), so answers carry their APL screen""";

    private static final JsonFactory JSON = new JsonFactory();

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        // the simulator's screen is for the conversation; set -Dorg.slf4j.simpleLogger.defaultLogLevel=info to see logs
        // (a server's log is its only screen, so serve keeps the info level)
        boolean serving = args.length > 0 && args[0].equals("serve");
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null && !serving) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(run(args, System.in, System.out, System.err));
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("serve")) {
            return ServeCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            return switch (options.command()) {
                case "simulate" -> new Simulator(LocalSkill.fromEnvironment(), options.locale()).run(in, out);
                case "ask" -> ask(options, out);
                case "invoke" -> invoke(LocalSkill.fromEnvironment(), in, out, err);
                case "batch" -> batch(options, in, out);
                case "help" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> throw new IllegalStateException(options.command());
            };
        } catch (IllegalArgumentException e) {
            err.println(options.command() + ": " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(options.command() + ": " + e.getMessage());
            return 1;
        }
    }

    private static int ask(Options options, PrintStream out) throws IOException {
        Conversations conversation = new Conversations(LocalSkill.fromEnvironment(), options.locale(), options.apl());
        Conversations.Exchange exchange = conversation.say(options.utterance());
        if (options.explain()) {
            out.println("heard: " + exchange.resolution().intent() + " " + exchange.resolution().slots()
                    + " (" + exchange.resolution().how() + ")");
            Explanation.of(options.locale(), exchange.resolution()).ifPresent(line -> out.println("skill: " + line));
        }
        if (options.json()) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(exchange.response()));
        } else {
            Transcript.print(exchange.response(), out);
        }
        return 0;
    }

    /** Envelopes in, one compact response envelope per line out. Malformed input stops with status 2. */
    static int invoke(LocalSkill skill, InputStream in, PrintStream out, PrintStream err) throws IOException {
        // split with the streaming parser so that a malformed document is reported by line and column
        List<byte[]> requests = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    err.println("invoke: document " + (requests.size() + 1) + " is not a JSON object");
                    return 2;
                }
                ByteArrayOutputStream document = new ByteArrayOutputStream(2048);
                try (JsonGenerator copy = JSON.createGenerator(document)) {
                    copy.copyCurrentStructure(parser);
                }
                requests.add(document.toByteArray());
            }
        } catch (JsonParseException e) {
            err.println("invoke: malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("invoke: malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
            return 2;
        }
        if (requests.isEmpty()) {
            err.println("invoke: no request envelope on standard input");
            return 2;
        }
        for (int i = 0; i < requests.size(); i++) {
            LocalSkill.Outcome outcome = skill.invoke(requests.get(i));
            if (outcome instanceof LocalSkill.Refused refused) {
                err.println("invoke: request " + (i + 1) + " refused: " + refused.refusal().message());
                return 2;
            }
            out.println(new String(outcome.bytes(), StandardCharsets.UTF_8).strip());
        }
        return 0;
    }

    private static int batch(Options options, InputStream in, PrintStream out) throws IOException {
        LocalSkill skill = LocalSkill.fromEnvironment();
        if (options.report()) {
            PhrasingReport report = new PhrasingReport(skill, options.locale());
            List<PhrasingReport.Line> lines = report.run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            PhrasingReport.print(report.figures(lines), lines, out);
            return 0;
        }
        ObjectMapper mapper = new ObjectMapper();
        UtteranceResolver resolver = Conversations.resolverFor(options.locale());
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            // a fresh session per line, so each phrasing is judged on its own; the model is read once
            Conversations.Exchange exchange = new Conversations(skill, resolver, options.locale(), options.apl()).say(line.strip());
            ObjectNode row = mapper.createObjectNode();
            row.put("utterance", line.strip());
            row.put("intent", exchange.resolution().intent());
            ObjectNode slots = row.putObject("slots");
            exchange.resolution().slots().forEach((name, fill) -> slots.putObject(name).put("value", fill.value()).put("id", fill.id()));
            row.put("how", exchange.resolution().how());
            row.set("response", exchange.response());
            out.println(mapper.writeValueAsString(row));
        }
        return 0;
    }

    record Options(String command, String locale, boolean json, boolean explain, boolean apl, boolean report, String utterance) {

        static Options parse(String[] args) {
            if (args.length == 0) {
                return new Options("simulate", Catalogues.DEFAULT_LOCALE, false, false, false, false, null);
            }
            String command = args[0];
            if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
                return new Options("help", null, false, false, false, false, null);
            }
            if (!List.of("ask", "invoke", "batch", "simulate").contains(command)) {
                throw new IllegalArgumentException("unknown command: " + command);
            }
            String locale = Catalogues.DEFAULT_LOCALE;
            boolean json = false;
            boolean explain = false;
            boolean apl = false;
            boolean report = false;
            List<String> words = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--locale" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("--locale needs a value, such as en-US");
                        }
                        locale = args[++i];
                    }
                    case "--json" -> json = true;
                    case "--explain" -> explain = true;
                    case "--apl" -> apl = true;
                    case "--report" -> report = true;
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option: " + args[i]);
                        }
                        words.add(args[i]);
                    }
                }
            }
            String utterance = String.join(" ", words).strip();
            if (command.equals("ask") && utterance.isEmpty()) {
                throw new IllegalArgumentException("ask needs what you would say, in quotes");
            }
            if (!command.equals("ask") && !utterance.isEmpty()) {
                throw new IllegalArgumentException(command + " takes no words; it reads standard input");
            }
            if (report && !command.equals("batch")) {
                throw new IllegalArgumentException("--report is for batch");
            }
            return new Options(command, locale, json, explain, apl, report, utterance);
        }
    }
}
