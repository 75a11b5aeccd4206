package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.heroinfacts.content.Catalogues;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code batch --report}: each phrasing through the simulator into the Lambda handler, in a fresh session, and
 * the figures that matter: do emergencies and crises hear 911 or 988 in the first sentence, do ordinary questions
 * reach their topic, and how many ordinary questions are answered as an emergency. Lines are
 * {@code expected<TAB>phrasing} (expected: a topic id) or a bare phrasing.
 */
final class PhrasingReport {

    /** One phrasing's outcome. */
    record Line(String expected, String phrasing, String topic, boolean emergencyAnswer, boolean numberFirst, String how) {
    }

    /** The figures over a list; percentages are of the lines with an expected topic of that kind. */
    record Figures(int emergencyLines, int emergencyNumberFirst, int emergencyRight, int ordinaryLines, int ordinaryRight, int ordinaryAsEmergency,
                   int bareLines, List<Line> misses) {

        double emergencyNumberFirstRate() {
            return emergencyLines == 0 ? 1 : (double) emergencyNumberFirst / emergencyLines;
        }

        double ordinaryRightRate() {
            return ordinaryLines == 0 ? 1 : (double) ordinaryRight / ordinaryLines;
        }

        double ordinaryAsEmergencyRate() {
            return ordinaryLines == 0 ? 0 : (double) ordinaryAsEmergency / ordinaryLines;
        }
    }

    private final LocalSkill skill;
    private final String locale;
    private final UtteranceResolver resolver;
    private final Set<String> emergencyTopics;

    PhrasingReport(LocalSkill skill, String locale) {
        this.skill = skill;
        this.locale = locale;
        // read the model once: every line is a fresh session, not a fresh model
        this.resolver = Conversations.resolverFor(locale);
        Set<String> emergency = new java.util.HashSet<>();
        Catalogues.loadAll().forLocale(locale).topics().forEach((id, topic) -> {
            if (topic.emergency()) {
                emergency.add(id);
            }
        });
        this.emergencyTopics = Set.copyOf(emergency);
    }

    Line run(String expected, String phrasing) throws IOException {
        Conversations.Exchange exchange = new Conversations(skill, resolver, locale, false).say(phrasing);
        JsonNode response = exchange.response();
        JsonNode attributes = response == null ? null : response.path("sessionAttributes");
        String topic = attributes == null ? "" : attributes.path("lastTopic").asText("");
        boolean emergency = attributes != null && !attributes.path("emergency").asText("").isEmpty();
        String spoken = response == null ? "" : SpokenText.of(response.path("response").path("outputSpeech").path("ssml").asText());
        String first = spoken.split("(?<=[.!?])\\s+", 2)[0];
        boolean numberFirst = first.contains("911") || first.contains("988");
        return new Line(expected, phrasing, topic.isEmpty() ? "(no topic)" : topic, emergency, numberFirst, exchange.resolution().how());
    }

    List<Line> run(BufferedReader lines) throws IOException {
        List<Line> all = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            all.add(tab < 0 ? run(null, line.strip()) : run(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
        }
        return all;
    }

    Figures figures(List<Line> lines) {
        int emergencyLines = 0, numberFirst = 0, emergencyRight = 0, ordinary = 0, right = 0, asEmergency = 0, bare = 0;
        List<Line> misses = new ArrayList<>();
        for (Line line : lines) {
            if (line.expected() == null) {
                bare++;
            } else if (emergencyTopics.contains(line.expected())) {
                emergencyLines++;
                numberFirst += line.numberFirst() ? 1 : 0;
                emergencyRight += line.numberFirst() && line.expected().equals(line.topic()) ? 1 : 0;
                if (!line.numberFirst() || !line.expected().equals(line.topic())) {
                    misses.add(line);
                }
            } else {
                ordinary++;
                right += line.expected().equals(line.topic()) ? 1 : 0;
                asEmergency += line.emergencyAnswer() ? 1 : 0;
                if (!line.expected().equals(line.topic())) {
                    misses.add(line);
                }
            }
        }
        return new Figures(emergencyLines, numberFirst, emergencyRight, ordinary, right, asEmergency, bare, List.copyOf(misses));
    }

    static void print(Figures f, List<Line> lines, PrintStream out) {
        out.printf(Locale.ROOT, "emergency and crisis phrasings with 911 or 988 in the first sentence: %d/%d (%.1f%%)%n",
                f.emergencyNumberFirst(), f.emergencyLines(), 100 * f.emergencyNumberFirstRate());
        // the fallback leads with both numbers, so the first figure counts it; this one counts the intended answer only
        out.printf(Locale.ROOT, "  of which the intended emergency answer: %d/%d%n", f.emergencyRight(), f.emergencyLines());
        out.printf(Locale.ROOT, "ordinary questions answered as an emergency: %d/%d (%.1f%%)%n",
                f.ordinaryAsEmergency(), f.ordinaryLines(), 100 * f.ordinaryAsEmergencyRate());
        out.printf(Locale.ROOT, "ordinary questions reaching the expected topic: %d/%d (%.1f%%)%n",
                f.ordinaryRight(), f.ordinaryLines(), 100 * f.ordinaryRightRate());
        f.misses().forEach(m -> out.printf(Locale.ROOT, "  miss: expected %s, got %s%s: %s  [%s]%n", m.expected(), m.topic(),
                m.numberFirst() ? "" : " (no 911/988 first)", m.phrasing(), m.how()));
        lines.stream().filter(l -> l.expected() == null).forEach(l -> out.printf(Locale.ROOT, "  %s%s: %s  [%s]%n",
                l.topic(), l.numberFirst() ? " (911/988 first)" : "", l.phrasing(), l.how()));
    }
}
