package com.heroinfacts.lambda;

import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.audioplayer.AudioPlayerInterface;
import com.amazon.ask.model.interfaces.audioplayer.AudioPlayerState;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.heroinfacts.lambda.JsonReading.NotModelled;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the request envelopes a voice-only device sends (launch, intent and session-ended requests, the session,
 * the system context) into the SDK's model with Jackson's streaming parser. The SDK's own deserializer builds
 * its object mapper and a deserializer for every request type and context interface first, which is most of a
 * cold start. Fields the SDK's model does not have are skipped, as the SDK skips them; for anything else this
 * reader does not model, it answers empty and the SDK reads the request itself.
 */
final class RequestEnvelopeReader {

    private static final JsonFactory JSON = new JsonFactory();

    /** Fields the SDK's model has and this reader leaves to it (EnvelopeModelSyncTest keeps them in step with the model). */
    static final Set<String> CONTEXT_LEFT_TO_SDK = Set.of("Alexa.Presentation", "Alexa.Presentation.APL", "Automotive",
            "Display", "Geolocation", "Viewport", "Viewports", "Extensions", "Alexa.DataStore.PackageManager", "AppLink",
            "Experimentation");
    static final Set<String> SYSTEM_LEFT_TO_SDK = Set.of("person", "unit");
    static final Set<String> USER_LEFT_TO_SDK = Set.of("permissions");
    static final Set<String> DEVICE_LEFT_TO_SDK = Set.of("persistentEndpointId");
    static final Set<String> INTERFACES_LEFT_TO_SDK = Set.of("Alexa.Presentation.APL", "Alexa.Presentation.APLT",
            "Alexa.Presentation.HTML", "AppLink", "Display", "VideoApp", "Geolocation", "Navigation");

    private final JsonReading json;
    private final RequestReader requests;

    private RequestEnvelopeReader(JsonParser parser) {
        this.json = new JsonReading(parser);
        this.requests = new RequestReader(json);
    }

    /** @return the envelope, or empty when only the SDK's deserializer reads it right */
    static Optional<RequestEnvelope> read(byte[] envelope) {
        try (JsonParser parser = JSON.createParser(envelope)) {
            parser.nextToken();
            RequestEnvelope read = new RequestEnvelopeReader(parser).envelope();
            return parser.nextToken() == null && read != null ? Optional.of(read) : Optional.empty();
        } catch (IOException | NotModelled e) {
            return Optional.empty();
        }
    }

    private RequestEnvelope envelope() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        RequestEnvelope.Builder envelope = RequestEnvelope.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "version" -> envelope.withVersion(json.text());
                case "session" -> envelope.withSession(session());
                case "context" -> envelope.withContext(context());
                case "request" -> envelope.withRequest(requests.request());
                default -> json.skip();
            }
        }
        return envelope.build();
    }

    private Session session() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        Session.Builder session = Session.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "new" -> session.withNew(json.bool());
                case "sessionId" -> session.withSessionId(json.text());
                case "user" -> session.withUser(user());
                case "attributes" -> session.withAttributes(json.untypedObject());
                case "application" -> session.withApplication(application());
                default -> json.skip();
            }
        }
        return session.build();
    }

    private User user() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        User.Builder user = User.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "userId" -> user.withUserId(json.text());
                case "accessToken" -> user.withAccessToken(json.text());
                default -> leftToSdk(USER_LEFT_TO_SDK, name);
            }
        }
        return user.build();
    }

    private Application application() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        Application.Builder application = Application.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            if (name.equals("applicationId")) {
                application.withApplicationId(json.text());
            } else {
                json.skip();
            }
        }
        return application.build();
    }

    private Context context() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        Context.Builder context = Context.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "System" -> context.withSystem(system());
                // echo devices with audio say so on every request, whether the skill plays audio or not
                case "AudioPlayer" -> context.withAudioPlayer(audioPlayer());
                default -> leftToSdk(CONTEXT_LEFT_TO_SDK, name);
            }
        }
        return context.build();
    }

    private SystemState system() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        SystemState.Builder system = SystemState.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "application" -> system.withApplication(application());
                case "user" -> system.withUser(user());
                case "device" -> system.withDevice(device());
                case "apiEndpoint" -> system.withApiEndpoint(json.text());
                case "apiAccessToken" -> system.withApiAccessToken(json.text());
                default -> leftToSdk(SYSTEM_LEFT_TO_SDK, name);
            }
        }
        return system.build();
    }

    private Device device() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        Device.Builder device = Device.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "deviceId" -> device.withDeviceId(json.text());
                case "supportedInterfaces" -> device.withSupportedInterfaces(supportedInterfaces());
                default -> leftToSdk(DEVICE_LEFT_TO_SDK, name);
            }
        }
        return device.build();
    }

    private SupportedInterfaces supportedInterfaces() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        SupportedInterfaces.Builder interfaces = SupportedInterfaces.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            if (name.equals("AudioPlayer")) {
                // the interface has no fields of its own: anything inside is skipped, as the SDK skips it
                boolean present = json.startObject();
                json.skip();
                interfaces.withAudioPlayer(present ? AudioPlayerInterface.builder().build() : null);
            } else {
                leftToSdk(INTERFACES_LEFT_TO_SDK, name);
            }
        }
        return interfaces.build();
    }

    private AudioPlayerState audioPlayer() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        AudioPlayerState.Builder state = AudioPlayerState.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "token" -> state.withToken(json.text());
                case "offsetInMilliseconds" -> state.withOffsetInMilliseconds(json.whole());
                case "playerActivity" -> state.withPlayerActivity(json.text());
                default -> json.skip();
            }
        }
        return state.build();
    }

    /** A field the SDK models and this reader does not ends the read; one the SDK does not know is skipped. */
    private void leftToSdk(Set<String> sdkOnly, String name) throws IOException, NotModelled {
        if (sdkOnly.contains(name)) {
            throw new NotModelled();
        }
        json.skip();
    }
}
