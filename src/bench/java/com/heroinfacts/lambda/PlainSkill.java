package com.heroinfacts.lambda;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * For reference only: a plain ASK SDK skill (ask-sdk-core, one launch handler, the SDK's SkillStreamHandler) run
 * the way the invoke command runs ours, envelope on stdin, response on stdout.
 */
public final class PlainSkill extends SkillStreamHandler {

    public PlainSkill() {
        super(new CustomSkillBuilder().addRequestHandlers(new Launch()).build());
    }

    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlainSkill().handleRequest(System.in, out, null);
        System.out.println(out);
    }

    private static final class Launch implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return input.getRequestEnvelope().getRequest() instanceof LaunchRequest;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder().withSpeech("Welcome.").withReprompt("What would you like to know?").build();
        }
    }
}
