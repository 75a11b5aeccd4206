package com.heroinfacts.lambda;

import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.SessionEndedError;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.SimpleSlotValue;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.audioplayer.AudioPlayerState;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.amazon.ask.util.impl.ObjectMapperFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming reader skips fields the SDK's model does not have, so it must know every field the model does
 * have: each is either read or left to the SDK. When an SDK upgrade adds a field, this fails until it is one or
 * the other.
 */
class EnvelopeModelSyncTest {

    static Stream<Arguments> modelClasses() {
        Set<String> none = Set.of();
        return Stream.of(
                Arguments.of(RequestEnvelope.class, Set.of("version", "session", "context", "request"), none),
                Arguments.of(Session.class, Set.of("new", "sessionId", "user", "attributes", "application"), none),
                Arguments.of(User.class, Set.of("userId", "accessToken"), RequestEnvelopeReader.USER_LEFT_TO_SDK),
                Arguments.of(Application.class, Set.of("applicationId"), none),
                Arguments.of(Context.class, Set.of("System", "AudioPlayer"), RequestEnvelopeReader.CONTEXT_LEFT_TO_SDK),
                Arguments.of(SystemState.class, Set.of("application", "user", "device", "apiEndpoint", "apiAccessToken"),
                        RequestEnvelopeReader.SYSTEM_LEFT_TO_SDK),
                Arguments.of(Device.class, Set.of("deviceId", "supportedInterfaces"), RequestEnvelopeReader.DEVICE_LEFT_TO_SDK),
                Arguments.of(SupportedInterfaces.class, Set.of("AudioPlayer"), RequestEnvelopeReader.INTERFACES_LEFT_TO_SDK),
                Arguments.of(AudioPlayerState.class, Set.of("token", "offsetInMilliseconds", "playerActivity"), none),
                Arguments.of(LaunchRequest.class, Set.of("requestId", "timestamp", "locale"), Set.of("task")),
                Arguments.of(IntentRequest.class, Set.of("requestId", "timestamp", "locale", "dialogState", "intent"), none),
                Arguments.of(SessionEndedRequest.class, Set.of("requestId", "timestamp", "locale", "reason", "error"), none),
                Arguments.of(SessionEndedError.class, Set.of("type", "message"), none),
                Arguments.of(Intent.class, Set.of("name", "slots", "confirmationStatus"), none),
                Arguments.of(Slot.class, Set.of("name", "value", "confirmationStatus", "resolutions", "slotValue"), none),
                Arguments.of(SimpleSlotValue.class, Set.of("value", "resolutions"), none),
                Arguments.of(Resolutions.class, Set.of("resolutionsPerAuthority"), none),
                Arguments.of(Resolution.class, Set.of("authority", "status", "values"), none),
                Arguments.of(Status.class, Set.of("code"), none),
                Arguments.of(ValueWrapper.class, Set.of("value"), none),
                Arguments.of(Value.class, Set.of("name", "id"), none));
    }

    @ParameterizedTest
    @MethodSource("modelClasses")
    void every_field_of_the_sdks_model_is_read_or_left_to_the_sdk(Class<?> type, Set<String> read, Set<String> leftToSdk) {
        Set<String> accounted = new HashSet<>(read);
        accounted.addAll(leftToSdk);

        assertThat(accounted).as(type.getSimpleName()).isEqualTo(sdkFields(type));
    }

    /** The JSON names the SDK's own mapper reads for a type, as it sees them. */
    private static Set<String> sdkFields(Class<?> type) {
        ObjectMapper mapper = ObjectMapperFactory.getMapper();
        return mapper.getDeserializationConfig().introspectForBuilder(mapper.constructType(type),
                        mapper.getDeserializationConfig().introspect(mapper.constructType(type)))
                .findProperties().stream()
                .filter(BeanPropertyDefinition::couldDeserialize)
                .map(BeanPropertyDefinition::getName)
                .collect(Collectors.toSet());
    }
}
