package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;

/** Prints a response envelope as a person would take it in: the words, the card, and whether Alexa listens. */
final class Transcript {

    private Transcript() {
    }

    static void print(JsonNode envelope, PrintStream out) {
        JsonNode response = envelope == null ? null : envelope.path("response");
        if (response == null || response.isMissingNode()) {
            out.println("(no response)");
            return;
        }
        String speech = SpokenText.of(response.path("outputSpeech").path("ssml").asText(null));
        out.println("Alexa: " + (speech.isEmpty() ? "(says nothing)" : speech));
        JsonNode card = response.path("card");
        if (!card.isMissingNode()) {
            out.println("  [card] " + card.path("title").asText());
            card.path("content").asText().lines().forEach(line -> out.println("         " + line));
        }
        boolean open = !response.path("shouldEndSession").asBoolean(true);
        out.println(open ? "  (listening)" : "  (session ended)");
    }
}
