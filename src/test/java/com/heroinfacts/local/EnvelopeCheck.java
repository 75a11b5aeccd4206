package com.heroinfacts.local;

import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.utils.SubTypesManifest;
import com.amazon.ask.util.impl.ObjectMapperFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.heroinfacts.lambda.Refusal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the handler must answer a body with, and whether an answer is a valid Alexa response envelope.
 * A body is well-formed when it is JSON, names a request type the SDK knows, binds to the SDK's request model,
 * and is for this skill (checked in that order, as the SDK does); it then gets an envelope. Anything else gets the matching {@link Refusal}.
 */
final class EnvelopeCheck {

    /** The tags Alexa's SSML accepts: https://developer.amazon.com/docs/custom-skills/speech-synthesis-markup-language-ssml-reference.html */
    static final Set<String> ALEXA_SSML_TAGS = Set.of("speak", "amazon:domain", "amazon:effect", "amazon:emotion", "audio",
            "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "voice", "w");
    private static final int MAX_SSML_CHARS = 8_000;
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Set<String> REQUEST_TYPES = SubTypesManifest.getSubType(Request.class).keySet();

    private final DocumentBuilder xml;

    EnvelopeCheck() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            xml = factory.newDocumentBuilder();
            xml.setErrorHandler(new Quiet());
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the refusal the body deserves, or empty when it deserves a response envelope */
    static Optional<Refusal> expectedRefusal(byte[] body, String skillId) {
        JsonNode tree;
        try {
            tree = PLAIN.readTree(body);
        } catch (IOException e) {
            return Optional.of(Refusal.MALFORMED_JSON);
        }
        if (tree == null || tree.isMissingNode()) {
            return Optional.of(Refusal.MALFORMED_JSON);
        }
        JsonNode type = tree.path("request").path("type");
        if (!type.isTextual() || !REQUEST_TYPES.contains(type.textValue())) {
            return Optional.of(Refusal.NOT_ALEXA_REQUEST);
        }
        // the SDK reads the envelope before its skill-id check can look at it: a body that does not bind to its
        // model is no Alexa request, whichever skill it names
        try {
            ObjectMapperFactory.getMapper().treeToValue(tree, RequestEnvelope.class);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(Refusal.NOT_ALEXA_REQUEST);
        }
        if (!skillId.equals(tree.at("/context/System/application/applicationId").textValue())) {
            return Optional.of(Refusal.WRONG_SKILL_ID);
        }
        return Optional.empty();
    }

    /** @return what is wrong with the handler's answer to a well-formed request; empty when nothing is */
    List<String> problems(byte[] answer, boolean sessionEnded) {
        List<String> problems = new ArrayList<>();
        JsonNode envelope;
        try {
            envelope = PLAIN.readTree(answer);
        } catch (IOException e) {
            return List.of("answer is not JSON: " + e.getClass().getSimpleName());
        }
        if (envelope == null || !envelope.isObject()) {
            return List.of("answer is not a JSON object");
        }
        if (!"1.0".equals(envelope.path("version").textValue())) {
            problems.add("version is not 1.0");
        }
        JsonNode attributes = envelope.path("sessionAttributes");
        if (!attributes.isMissingNode() && !attributes.isObject()) {
            problems.add("sessionAttributes is not an object");
        }
        JsonNode response = envelope.path("response");
        if (!response.isObject()) {
            return append(problems, "response is not an object");
        }
        JsonNode end = response.path("shouldEndSession");
        if (!end.isMissingNode() && !end.isBoolean()) {
            problems.add("shouldEndSession is not a boolean");
        }
        speech(response.path("outputSpeech"), "outputSpeech", problems);
        speech(response.path("reprompt").path("outputSpeech"), "reprompt", problems);
        if (!response.path("reprompt").isMissingNode() && !end.isMissingNode() && end.asBoolean()) {
            problems.add("a reprompt on a response that ends the session");
        }
        JsonNode card = response.path("card");
        if (!card.isMissingNode() && !(card.path("title").isTextual() && card.path("content").isTextual())) {
            problems.add("card without a title and content");
        }
        if (sessionEnded && (response.has("outputSpeech") || response.has("reprompt") || response.has("card"))) {
            problems.add("speech, reprompt or card in reply to SessionEndedRequest");
        }
        return problems;
    }

    private void speech(JsonNode speech, String where, List<String> problems) {
        if (speech.isMissingNode()) {
            return;
        }
        if (!"SSML".equals(speech.path("type").textValue())) {
            problems.add(where + " is not SSML");
            return;
        }
        String ssml = speech.path("ssml").asText("");
        if (ssml.length() > MAX_SSML_CHARS) {
            problems.add(where + " is over " + MAX_SSML_CHARS + " characters");
        }
        try {
            Document document = xml.parse(new InputSource(new StringReader(ssml)));
            if (!document.getDocumentElement().getTagName().equals("speak")) {
                problems.add(where + " is not inside <speak>");
            }
            NodeList elements = document.getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                String tag = ((Element) elements.item(i)).getTagName();
                if (!ALEXA_SSML_TAGS.contains(tag)) {
                    problems.add(where + " uses <" + tag + ">, which Alexa does not speak");
                }
            }
            if (document.getDocumentElement().getTextContent().isBlank()) {
                problems.add(where + " says nothing");
            }
        } catch (org.xml.sax.SAXException | IOException e) {
            problems.add(where + " is not well-formed XML: " + e.getMessage());
        }
    }

    private static List<String> append(List<String> problems, String problem) {
        problems.add(problem);
        return problems;
    }

    /** Parse errors are reported through the exception; the default handler would also print them to System.err. */
    private static final class Quiet implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
