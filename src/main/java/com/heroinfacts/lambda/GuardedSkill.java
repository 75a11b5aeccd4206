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
 * JSON or do not bind to its model, returns nothing for other skills' ids (its {@code withSkillId} check, which
 * {@code SkillStreamHandler} would turn into an exception), and throws on a missing context when a skill id is
 * set. Each of those becomes a {@link Refusal}, logged once by reason; the well-formed path is untouched. The
 * guard checks nothing itself: it only names, after the fact, why the SDK did not answer.
 */
final class GuardedSkill implements AlexaSkill<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedSkill.class);

    /** Needed only to classify a refusal, so loaded only then. */
    private static final class Refusals {
        static final ObjectMapper MAPPER = new ObjectMapper();
        static final Set<String> REQUEST_TYPES = Set.copyOf(SubTypesManifest.getSubType(Request.class).keySet());
    }

    private final AlexaSkill<?, ?> skill;

    GuardedSkill(AlexaSkill<?, ?> skill) {
        this.skill = Objects.requireNonNull(skill, "skill");
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
        if (failure == null) {
            // the SDK answers nothing only for unknown types (ruled out above) and other skills' ids
            return Refusal.WRONG_SKILL_ID;
        }
        // the SDK reports a body that will not bind to its request model as a deserialization error
        if (failure instanceof AskSdkException && failure.getCause() instanceof JsonProcessingException) {
            return Refusal.NOT_ALEXA_REQUEST;
        }
        // the skill's handlers answer their own failures (ErrorHandler), so a failure here with no application id
        // in the request is the SDK's skill-id check reading a context that is not there
        JsonNode applicationId = tree.path("context").path("System").path("application").path("applicationId");
        return applicationId.isTextual() ? Refusal.INTERNAL_ERROR : Refusal.WRONG_SKILL_ID;
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
