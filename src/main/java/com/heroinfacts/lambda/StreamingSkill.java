package com.heroinfacts.lambda;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.Skill;
import com.amazon.ask.builder.SkillConfiguration;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.request.dispatcher.GenericRequestDispatcher;
import com.amazon.ask.request.dispatcher.impl.BaseRequestDispatcher;
import com.amazon.ask.response.SkillResponse;
import com.amazon.ask.response.impl.BaseSkillResponse;
import com.amazon.ask.util.JsonMarshaller;
import com.amazon.ask.util.UserAgentUtils;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The skill as the Lambda handler runs it: the SDK's own request pipeline (skill id check, interceptors, handlers,
 * exception handlers) between the streaming envelope reader and writer, so that a cold start builds no Jackson
 * object mapper. Whatever those do not model goes through the SDK's own {@link Skill}, built on first need from the
 * same configuration, so every request is answered as the SDK alone would answer it.
 */
final class StreamingSkill implements AlexaSkill<RequestEnvelope, ResponseEnvelope> {

    private static final String VERSION = "1.0";

    private final SkillConfiguration configuration;
    private final GenericRequestDispatcher<HandlerInput, Optional<Response>> dispatcher;
    private final String userAgent;
    private final JsonMarshaller<ResponseEnvelope> marshaller = new Marshaller();
    private Skill sdkSkill;
    private JsonMarshaller<ResponseEnvelope> sdkMarshaller;

    StreamingSkill(SkillConfiguration configuration) {
        this.configuration = configuration;
        this.dispatcher = BaseRequestDispatcher.<HandlerInput, Optional<Response>>builder()
                .withRequestMappers(configuration.getRequestMappers())
                .withHandlerAdapters(configuration.getHandlerAdapters())
                .withExceptionMapper(configuration.getExceptionMapper())
                .withRequestInterceptors(configuration.getRequestInterceptors())
                .withResponseInterceptors(configuration.getResponseInterceptors())
                .build();
        this.userAgent = UserAgentUtils.getUserAgent(configuration.getCustomUserAgent());
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        // an API client needs the SDK's serializer for its service clients; this skill has none
        Optional<RequestEnvelope> envelope = configuration.getApiClient() == null
                ? RequestEnvelopeReader.read(request.getRawRequest()) : Optional.empty();
        if (envelope.isEmpty()) {
            return sdkSkill().execute(request, context);
        }
        ResponseEnvelope response = invoke(envelope.get(), context);
        return response == null ? null : new BaseSkillResponse<>(marshaller, response);
    }

    /** What the SDK's CustomSkill does with a request envelope, given no API client; null when the skill id differs. */
    private ResponseEnvelope invoke(RequestEnvelope envelope, Object context) {
        String skillId = configuration.getSkillId();
        if (skillId != null && !skillId.equals(envelope.getContext().getSystem().getApplication().getApplicationId())) {
            return null;
        }
        HandlerInput input = HandlerInput.builder()
                .withRequestEnvelope(envelope)
                .withPersistenceAdapter(configuration.getPersistenceAdapter())
                .withContext(context)
                .withTemplateFactory(configuration.getTemplateFactory())
                .build();
        Optional<Response> response = dispatcher.dispatch(input);
        return ResponseEnvelope.builder()
                .withResponse(response != null ? response.orElse(null) : null)
                .withSessionAttributes(envelope.getSession() != null ? input.getAttributesManager().getSessionAttributes() : null)
                .withVersion(VERSION)
                .withUserAgent(userAgent)
                .build();
    }

    private synchronized Skill sdkSkill() {
        if (sdkSkill == null) {
            sdkSkill = new Skill(configuration);
        }
        return sdkSkill;
    }

    private synchronized JsonMarshaller<ResponseEnvelope> sdkMarshaller() {
        if (sdkMarshaller == null) {
            sdkMarshaller = JacksonJsonMarshaller.forType(ResponseEnvelope.class);
        }
        return sdkMarshaller;
    }

    /** The streaming writer, or the SDK's mapper for a response the writer does not model. */
    private final class Marshaller implements JsonMarshaller<ResponseEnvelope> {

        @Override
        public void marshall(ResponseEnvelope envelope, OutputStream out) {
            try {
                out.write(marshall(envelope));
            } catch (IOException e) {
                // as the SDK's marshaller reports it
                throw new AskSdkException("Serialization error", e);
            }
        }

        @Override
        public byte[] marshall(ResponseEnvelope envelope) {
            byte[] json = ResponseEnvelopeWriter.write(envelope);
            return json != null ? json : sdkMarshaller().marshall(envelope);
        }
    }
}
