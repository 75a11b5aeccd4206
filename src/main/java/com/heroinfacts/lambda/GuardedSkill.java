package com.heroinfacts.lambda;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.utils.SubTypesManifest;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.heroinfacts.skill.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Set;

/**
 * The skill as the stream handler runs it: no input makes it throw. The SDK throws for bodies that are not
 * JSON or do not bind to its model, returns nothing for unknown request types and other skills' ids (which
 * {@code SkillStreamHandler} turns into an exception), and throws on a missing context when a skill id is
 * set. Each of those becomes a {@link Refusal}, logged once by reason; the well-formed path is untouched.
 */
final class GuardedSkill implements AlexaSkill<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedSkill.class);

    /** Needed only to classify a refusal: loaded then, not at every cold start (an object mapper is most of one). */
    private static final class Refusals {
        static final ObjectMapper MAPPER = new ObjectMapper();
        static final Set<String> REQUEST_TYPES = Set.copyOf(SubTypesManifest.getSubType(Request.class).keySet());
    }

    private final AlexaSkill<?, ?> skill;
    private final String skillId;

    /** @param skillId the id the skill was built to accept, or null when it accepts any */
    GuardedSkill(AlexaSkill<?, ?> skill, String skillId) {
        this.skill = Objects.requireNonNull(skill, "skill");
        this.skillId = skillId;
    }

    @Override
    public SkillResponse<Object> execute(SkillRequest request, Object context) {
        byte[] raw = request.getRawRequest();
        try {
            SkillResponse<?> response = skill.execute(request, context);
            if (response == null) {
                return refuse(raw, null);
            }
            // marshalled here rather than in the handler, so that a failure to write is caught too
            return new Written(response.isPresent() ? response.getRawResponse() : null);
        } catch (RuntimeException | StackOverflowError e) {
            return refuse(raw, e);
        }
    }

    private Written refuse(byte[] raw, Throwable failure) {
        JsonNode tree = parse(raw);
        Refusal refusal = classify(tree, failure);
        String requestId = tree == null ? "-" : LogSafe.token(tree.path("request").path("requestId").textValue());
        if (refusal == Refusal.INTERNAL_ERROR) {
            LOG.error("request {} refused: {}", requestId, refusal.code(), LogSafe.redacted(failure));
        } else {
            LOG.warn("request {} refused: {}{}", requestId, refusal.code(),
                    failure == null ? "" : " (" + failure.getClass().getSimpleName() + ")");
        }
        return new Written(refusal.json());
    }

    private Refusal classify(JsonNode tree, Throwable failure) {
        if (tree == null) {
            return Refusal.MALFORMED_JSON;
        }
        JsonNode type = tree.path("request").path("type");
        if (!type.isTextual() || !Refusals.REQUEST_TYPES.contains(type.textValue())) {
            return Refusal.NOT_ALEXA_REQUEST;
        }
        JsonNode applicationId = tree.path("context").path("System").path("application").path("applicationId");
        if (skillId != null && !skillId.equals(applicationId.textValue())) {
            return Refusal.WRONG_SKILL_ID;
        }
        if (failure == null) {
            // the SDK answers nothing only for unknown types (ruled out above) and other skills' ids
            return Refusal.WRONG_SKILL_ID;
        }
        // the SDK reports a body that will not bind to its request model as a deserialization error
        boolean unbound = failure instanceof AskSdkException && failure.getCause() instanceof JsonProcessingException;
        return unbound ? Refusal.NOT_ALEXA_REQUEST : Refusal.INTERNAL_ERROR;
    }

    private static JsonNode parse(byte[] raw) {
        try {
            JsonNode tree = Refusals.MAPPER.readTree(raw);
            return tree == null || tree.isMissingNode() ? null : tree;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A response already turned into bytes; the stream handler only copies them out. */
    private record Written(byte[] bytes) implements SkillResponse<Object> {

        @Override
        public boolean isPresent() {
            return bytes != null;
        }

        @Override
        public Object getResponse() {
            return bytes;
        }

        @Override
        public byte[] getRawResponse() {
            return bytes.clone();
        }

        @Override
        public void writeTo(OutputStream stream) {
            try {
                stream.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
