package com.heroinfacts.local;

import com.amazon.ask.model.Request;
import com.amazon.ask.model.utils.SubTypesManifest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Makes request bodies from fixtures the way a careless client or an attacker would: fields removed, nulled or of
 * the wrong type, huge and strange strings, unknown request types and intents, odd slots and session attributes,
 * extra fields, other skills' ids, deep nesting, truncated and non-JSON bodies. Deterministic for a given Random.
 */
final class Mutator {

    /** A generated body and how it was made, for the failure message. */
    record Mutation(String description, byte[] body) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> REQUEST_TYPES = List.copyOf(new TreeSet<>(SubTypesManifest.getSubType(Request.class).keySet()));
    private static final String[] ODD = {
        "😀", "🧪💉", "مرحبا", "שלום", "e\u0301", "\u200b", "\u0000", "\u0007", "\u001b[31m", "\n", "\r\n", "\t",
        "\ud800", "\udfff", "\ufeff", "\uffff", "Ω", "ß", "中文", "I\u0307", "</speak>", "<audio src=\"https://x\"/>",
        "&", "&amp;", "<", ">", "\"", "'", "]]>", "${jndi:ldap://x}", "%s%n", "\\", "' OR 1=1 --", " ", "a", "Z9"};
    private static final String[] INTENTS = {
        "TotallyUnknownIntent", "AMAZON.PauseIntent", "AMAZON.ScrollDownIntent", "", " ", "TopicIntent", "FooBarIntent",
        "Intent", "LongTermDangersIntent", "HelplineIntent", "AMAZON.YesIntent", "AMAZON.StopIntent", "SourceIntent",
        "NextStepsIntent", "amazon.helpintent", "Overdose Intent", "OverdoseIntent.", ".Intent", "_Intent", "A_B_Intent"};
    private static final String[] ATTRIBUTES = {"lastTopic", "lastMessage", "offer", "emergency", "disclaimed", "somethingElse"};
    private static final String[] TOPICS = {"overdose", "crisis", "helpline", "naloxone", "treatment", "withdrawal", "nope", ""};
    private static final String[] MESSAGES = {"LAUNCH", "HELP", "FALLBACK", "ERROR", "GOODBYE", "UNKNOWN_TOPIC", "NOT_A_KEY", "launch"};

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    Mutation mutate(Fixtures.Fixture fixture) {
        int kind = random.nextInt(100);
        if (kind < 6) {
            byte[] whole = write(fixture.envelope());
            int cut = random.nextInt(whole.length);
            return new Mutation(fixture.name() + ": truncated to " + cut + " bytes", java.util.Arrays.copyOf(whole, cut));
        }
        if (kind < 12) {
            return notJson(fixture);
        }
        ObjectNode tree = fixture.envelope().deepCopy();
        int operations = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
        List<String> done = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
            done.add(mutateOnce(tree));
        }
        String description = fixture.name() + ": " + String.join("; ", done);
        if (description.contains("nested")) {
            return new Mutation(description, deepen(write(tree)));
        }
        return new Mutation(description, write(tree));
    }

    private String mutateOnce(ObjectNode tree) {
        int op = random.nextInt(100);
        if (op < 12) {
            return remove(tree);
        } else if (op < 20) {
            return replace(tree, NODES.nullNode(), "null");
        } else if (op < 30) {
            return replace(tree, wrongType(), "wrong type");
        } else if (op < 36) {
            return replaceString(tree, huge(), "huge string");
        } else if (op < 46) {
            return replaceString(tree, odd(1 + random.nextInt(20)), "odd string");
        } else if (op < 54) {
            return requestType(tree);
        } else if (op < 64) {
            return intent(tree);
        } else if (op < 76) {
            return slot(tree);
        } else if (op < 82) {
            return extraField(tree);
        } else if (op < 86) {
            return skillId(tree);
        } else if (op < 93) {
            return attributes(tree);
        } else if (op < 97) {
            return set(tree, "/request", "locale", pick(NODES.textNode(pick("es-US", "en-GB", "", "xx-YY", "en_US", "EN-us")),
                    NODES.textNode(odd(3)), NODES.nullNode(), NODES.numberNode(7)), "locale");
        }
        return set(tree, pick("/request", "/session", "/context", ""), "nested", NODES.textNode("__NESTED__"), "deeply nested");
    }

    private String remove(ObjectNode tree) {
        List<Location> all = locations(tree);
        Location at = random.nextInt(5) == 0 ? top(all) : all.get(random.nextInt(all.size()));
        if (at.parent() instanceof ObjectNode object) {
            object.remove(at.key());
        } else {
            ((ArrayNode) at.parent()).remove(at.index());
        }
        return "removed " + at.pointer();
    }

    private String replace(ObjectNode tree, JsonNode value, String what) {
        List<Location> all = locations(tree);
        Location at = random.nextInt(5) == 0 ? top(all) : all.get(random.nextInt(all.size()));
        at.put(value);
        return what + " at " + at.pointer();
    }

    private String replaceString(ObjectNode tree, String value, String what) {
        List<Location> strings = locations(tree).stream().filter(l -> l.value().isTextual()).toList();
        if (strings.isEmpty()) {
            return replace(tree, NODES.textNode(value), what);
        }
        Location at = strings.get(random.nextInt(strings.size()));
        at.put(NODES.textNode(value));
        return what + " (" + value.length() + " chars) at " + at.pointer();
    }

    private String requestType(ObjectNode tree) {
        String type = random.nextBoolean() ? REQUEST_TYPES.get(random.nextInt(REQUEST_TYPES.size()))
                : pick("Heroin.Order", "launchrequest", "IntentRequest ", "", "Alexa.Foo.Bar", odd(4), "SessionEndedRequest\u0000");
        return set(tree, "/request", "type", NODES.textNode(type), "request type " + type.length() + " chars");
    }

    private String intent(ObjectNode tree) {
        String name = random.nextInt(4) == 0 ? odd(1 + random.nextInt(6)) : pick(INTENTS);
        if (!(tree.at("/request/intent") instanceof ObjectNode)) {
            set(tree, "/request", "intent", NODES.objectNode(), "intent");
        }
        return set(tree, "/request/intent", "name", NODES.textNode(name), "intent name");
    }

    private String slot(ObjectNode tree) {
        if (!(tree.at("/request/intent") instanceof ObjectNode)) {
            set(tree, "/request", "intent", NODES.objectNode().put("name", "TopicIntent"), "intent");
        }
        if (!(tree.at("/request/intent") instanceof ObjectNode intent)) {
            return "slots skipped (no /request)";
        }
        if (random.nextBoolean()) {
            intent.put("name", "TopicIntent");
        }
        ObjectNode topic = NODES.objectNode().put("name", "topic");
        topic.set("value", pick(NODES.textNode(""), NODES.textNode("quantum flapjacks"), NODES.textNode(huge()),
                NODES.textNode(odd(5)), NODES.nullNode(), NODES.numberNode(3)));
        ObjectNode authority = NODES.objectNode().put("authority", "amzn1.er-authority.echo-sdk.x.TOPIC");
        authority.set("status", NODES.objectNode().set("code", pick(NODES.textNode("ER_SUCCESS_MATCH"),
                NODES.textNode("ER_SUCCESS_NO_MATCH"), NODES.textNode("ER_ERROR_TIMEOUT"), NODES.textNode("NOT_A_CODE"),
                NODES.textNode(""), NODES.numberNode(42), NODES.nullNode())));
        ObjectNode value = NODES.objectNode().put("name", "x").put("id", pick(TOPICS));
        authority.set("values", pick(NODES.arrayNode(), NODES.arrayNode().addNull(),
                NODES.arrayNode().add(NODES.objectNode().set("value", value)), NODES.arrayNode().add(NODES.objectNode().putNull("value")),
                NODES.textNode("x")));
        topic.set("resolutions", NODES.objectNode().set("resolutionsPerAuthority", pick(NODES.arrayNode().add(authority),
                NODES.arrayNode(), NODES.arrayNode().addNull(), NODES.nullNode(), NODES.objectNode())));
        JsonNode slots = pick(NODES.objectNode().set("topic", topic), NODES.objectNode().set("other", topic),
                NODES.objectNode().putNull("topic"), NODES.arrayNode(), NODES.textNode("x"), NODES.objectNode());
        intent.set("slots", slots);
        return "slots " + slots.toString().length() + " chars";
    }

    private String extraField(ObjectNode tree) {
        List<ObjectNode> objects = new ArrayList<>();
        objects.add(tree);
        locations(tree).stream().filter(l -> l.value() instanceof ObjectNode).forEach(l -> objects.add((ObjectNode) l.value()));
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        String key = pick("__proto__", "", "constructor", "extra", odd(3), huge());
        target.set(key, pick(NODES.textNode("x"), NODES.numberNode(1), NODES.objectNode().put("a", "b"), NODES.arrayNode().add(1), NODES.nullNode()));
        return "extra field (" + key.length() + " chars)";
    }

    private String skillId(ObjectNode tree) {
        JsonNode id = pick(NODES.textNode("amzn1.ask.skill.another-skill"), NODES.textNode(""), NODES.numberNode(1),
                NODES.nullNode(), NODES.textNode(odd(4)));
        if (random.nextInt(4) == 0) {
            tree.remove(pick("context", "session"));
            return "removed context or session";
        }
        return set(tree, "/context/System/application", "applicationId", id, "application id");
    }

    private String attributes(ObjectNode tree) {
        if (random.nextInt(5) == 0) {
            return set(tree, "/session", "attributes", pick(NODES.arrayNode(), NODES.textNode("x"), NODES.nullNode(),
                    NODES.numberNode(42)), "attributes");
        }
        JsonNode value = pick(NODES.textNode(pick(TOPICS)), NODES.textNode(pick(MESSAGES)), NODES.numberNode(9),
                NODES.booleanNode(random.nextBoolean()), NODES.nullNode(), NODES.objectNode().put("a", 1), NODES.arrayNode().add("x"),
                NODES.textNode(huge()), NODES.textNode(odd(6)));
        if (!(tree.at("/session/attributes") instanceof ObjectNode)) {
            set(tree, "/session", "attributes", NODES.objectNode(), "attributes");
        }
        return set(tree, "/session/attributes", pick(ATTRIBUTES), value, "attribute");
    }

    private Mutation notJson(Fixtures.Fixture fixture) {
        byte[] whole = write(fixture.envelope());
        String text = new String(whole, StandardCharsets.UTF_8);
        int kind = random.nextInt(14);
        return switch (kind) {
            case 0 -> {
                byte[] noise = new byte[random.nextInt(300)];
                random.nextBytes(noise);
                yield new Mutation("random bytes", noise);
            }
            case 1 -> new Mutation("empty", new byte[0]);
            case 2 -> new Mutation("text", pick("hello alexa", "   \n", "<speak>hi</speak>", "a=b&c=d", "NaN", "undefined")
                    .getBytes(StandardCharsets.UTF_8));
            case 3 -> new Mutation("JSON scalar or empty structure",
                    pick("null", "true", "42", "\"LaunchRequest\"", "[]", "[{}]", "{}", "1e999999").getBytes(StandardCharsets.UTF_8));
            case 4 -> new Mutation(fixture.name() + ": invalid UTF-8", text.replaceFirst("\"1.0\"", "\"1.0\u0000\"")
                    .replace("\u0000", "\u00c3").getBytes(StandardCharsets.ISO_8859_1));
            case 5 -> new Mutation(fixture.name() + ": UTF-16", text.getBytes(StandardCharsets.UTF_16));
            case 6 -> new Mutation(fixture.name() + ": byte order mark", ("\ufeff" + text).getBytes(StandardCharsets.UTF_8));
            case 7 -> new Mutation(fixture.name() + ": trailing garbage", (text + "}garbage").getBytes(StandardCharsets.UTF_8));
            case 8 -> new Mutation(fixture.name() + ": two envelopes", (text + text).getBytes(StandardCharsets.UTF_8));
            case 9 -> new Mutation(fixture.name() + ": comment", ("/* hi */" + text).getBytes(StandardCharsets.UTF_8));
            case 10 -> new Mutation(fixture.name() + ": single quotes", text.replace('"', '\'').getBytes(StandardCharsets.UTF_8));
            case 11 -> new Mutation(fixture.name() + ": unquoted NaN", text.replaceFirst("\"1.0\"", "NaN").getBytes(StandardCharsets.UTF_8));
            case 12 -> new Mutation(fixture.name() + ": XML", ("<?xml version=\"1.0\"?><request>" + text + "</request>").getBytes(StandardCharsets.UTF_8));
            default -> new Mutation(fixture.name() + ": wrapped in an array", ("[" + text + "]").getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Sets a field on the object at {@code pointer}, when there is one (the tree may already lack it). */
    private static String set(ObjectNode tree, String pointer, String field, JsonNode value, String what) {
        JsonNode target = pointer.isEmpty() ? tree : tree.at(pointer);
        if (target instanceof ObjectNode object) {
            object.set(field, value);
            return what + " at " + pointer + "/" + field;
        }
        return what + " skipped (no " + pointer + ")";
    }

    private JsonNode wrongType() {
        return pick(NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1.5), NODES.numberNode(1e308),
                NODES.numberNode(new BigInteger("123456789012345678901234567890")), NODES.booleanNode(true),
                NODES.arrayNode(), NODES.arrayNode().add(1).add("a").addNull(), NODES.objectNode(),
                NODES.objectNode().set("a", NODES.objectNode()), NODES.textNode("string"));
    }

    private String huge() {
        // mostly within the server's 128 KiB limit, sometimes over it
        int length = random.nextInt(10) == 0 ? 135_000 + random.nextInt(60_000) : 1_000 + random.nextInt(30_000);
        StringBuilder text = new StringBuilder(length);
        String piece = odd(4);
        while (text.length() < length) {
            text.append(random.nextBoolean() ? piece : "word ");
        }
        return text.toString();
    }

    private String odd(int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(ODD[random.nextInt(ODD.length)]);
        }
        return text.toString();
    }

    private byte[] deepen(byte[] body) {
        int depth = pick(10, 200, 900, 999, 1_000, 1_001, 3_000);
        String deep = "[".repeat(depth) + "]".repeat(depth);
        return new String(body, StandardCharsets.UTF_8).replace("\"__NESTED__\"", deep).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] write(JsonNode tree) {
        try {
            if (random.nextBoolean()) {
                return MAPPER.writeValueAsBytes(tree);
            }
        } catch (JsonProcessingException unpairedSurrogate) {
            // written escaped below
        }
        try {
            return MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private Location top(List<Location> all) {
        List<Location> top = all.stream().filter(l -> l.depth() <= 2).toList();
        return top.get(random.nextInt(top.size()));
    }

    /** Every value in the tree with where it sits. */
    private static List<Location> locations(ObjectNode tree) {
        List<Location> found = new ArrayList<>();
        walk(tree, "", 1, found);
        return found;
    }

    private static void walk(ContainerNode<?> node, String pointer, int depth, List<Location> found) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(key -> {
                JsonNode child = object.get(key);
                found.add(new Location(object, key, -1, pointer + "/" + key, depth, child));
                if (child instanceof ContainerNode<?> container) {
                    walk(container, pointer + "/" + key, depth + 1, found);
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                found.add(new Location(array, null, i, pointer + "/" + i, depth, array.get(i)));
                if (array.get(i) instanceof ContainerNode<?> container) {
                    walk(container, pointer + "/" + i, depth + 1, found);
                }
            }
        }
    }

    private record Location(ContainerNode<?> parent, String key, int index, String pointer, int depth, JsonNode value) {
        void put(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(key, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }
    }
}
