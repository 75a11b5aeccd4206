package com.heroinfacts.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Type what you would say to the device; see what Alexa would say. The session carries over between turns. */
final class Simulator {

    private final Conversations conversation;

    Simulator(LocalSkill skill, String locale) {
        this.conversation = new Conversations(skill, locale);
    }

    int run(InputStream in, PrintStream out) throws IOException {
        out.println("Heroin Facts, local simulator. Say \"open heroin facts\", or ask a question. Type quit to leave.");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        out.print("You: ");
        out.flush();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String said = line.strip();
            if (said.equalsIgnoreCase("quit") || said.equalsIgnoreCase(":q")) {
                break;
            }
            if (!said.isEmpty()) {
                Transcript.print(conversation.say(said).response(), out);
            }
            out.print("You: ");
            out.flush();
        }
        conversation.leave();
        out.println();
        return 0;
    }
}
