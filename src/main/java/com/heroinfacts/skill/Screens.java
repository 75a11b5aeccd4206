package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one APL document ({@code apl/screen.json}), read once when the skill is built, and the RenderDocument
 * directive that fills it for one answer. Devices that do not report APL support get no directive: Alexa
 * rejects a response that sends APL to a device without a screen.
 */
final class Screens {

    static final String DOCUMENT = "apl/screen.json";
    static final String TOKEN = "heroinFactsScreen";
    static final String DATASOURCE = "screen";

    private final Map<String, Object> document;

    private Screens(Map<String, Object> document) {
        this.document = Collections.unmodifiableMap(document);
    }

    static Screens load() {
        try (InputStream in = Screens.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DOCUMENT);
            }
            return new Screens(new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOCUMENT, e);
        }
    }

    /** @return the directive that shows this screen, or nothing when the device cannot show it (then nothing is built) */
    List<Directive> directivesFor(HandlerInput input, Supplier<Screen> screen) {
        if (!Requests.supportsApl(input)) {
            return List.of();
        }
        return List.of(RenderDocumentDirective.builder()
                .withToken(TOKEN)
                .withDocument(document)
                .withDatasources(Map.of(DATASOURCE, screen.get().datasource()))
                .build());
    }
}
