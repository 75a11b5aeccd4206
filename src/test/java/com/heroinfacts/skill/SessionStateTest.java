package com.heroinfacts.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.SkillTester;
import com.heroinfacts.content.Catalogues;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.heroinfacts.SkillTester.JSON;
import static com.heroinfacts.SkillTester.fixture;
import static com.heroinfacts.SkillTester.intent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session attributes as a client could forge them, sent through the real stream handler: only the skill's own
 * keys with values the skill could have written survive, on every kind of answer, and nothing large comes back.
 */
class SessionStateTest {

    private static final String HUGE = "x".repeat(70_000);
    private final SkillTester skill = new SkillTester();

    @Test
    void foreign_and_oversized_attributes_are_never_echoed_whatever_answers() throws Exception {
        List<ObjectNode> requests = new ArrayList<>();
        requests.add(fixture("launch.json"));
        requests.add(intent("AMAZON.StopIntent"));
        requests.add(intent("AMAZON.CancelIntent"));
        requests.add(intent("AMAZON.HelpIntent"));
        requests.add(intent("NoSuchIntent"));
        requests.add(fixture("session-ended.json"));
        requests.add(fixture("session-ended-error.json"));
        requests.add(fixture("exception-encountered.json"));
        ObjectNode noIntent = intent("AMAZON.HelpIntent");
        ((ObjectNode) noIntent.path("request")).remove("intent");
        requests.add(noIntent);
        ObjectNode otherType = fixture("launch.json");
        ((ObjectNode) otherType.path("request")).put("type", "Display.ElementSelected");
        requests.add(otherType);
        for (ObjectNode request : requests) {
            if (!request.path("session").isObject()) {
                request.putObject("session").put("new", false).put("sessionId", "amzn1.echo-api.session.forged")
                        .set("application", request.at("/context/System/application"));
            }
            ((ObjectNode) request.path("session")).set("attributes", forged());
            JsonNode response = skill.invoke(request);
            String what = request.at("/request/type").asText() + " " + request.at("/request/intent/name").asText("-");
            if (response == null) {
                continue;
            }
            byte[] bytes = JSON.writeValueAsBytes(response);
            assertThat(bytes.length).as(what + ": response size").isLessThan(24 * 1024);
            JsonNode kept = response.path("sessionAttributes");
            ObjectNode sent = forged();
            kept.fieldNames().forEachRemaining(key -> {
                assertThat(key).as(what + ": foreign key echoed").isIn("lastTopic", "lastMessage", "offer", "emergency", "disclaimed");
                // the skill may write its own value; what was sent must not come back
                assertThat(kept.get(key)).as(what + ": forged " + key + " kept").isNotEqualTo(sent.get(key));
            });
        }
    }

    @Test
    void a_forged_emergency_does_not_change_what_do_i_do() {
        ObjectNode request = intent("NextStepsIntent");
        ((ObjectNode) request.path("session")).set("attributes", JSON.createObjectNode().put("emergency", "effects"));
        JsonNode forged = skill.invoke(request);
        JsonNode plain = new SkillTester().invoke(intent("NextStepsIntent"));

        assertThat(SkillTester.speech(forged)).isEqualTo(SkillTester.speech(plain));
        assertThat(forged.at("/sessionAttributes/emergency").isMissingNode()).isTrue();
    }

    @Test
    void every_emergency_topic_of_the_catalogue_is_a_valid_context_and_is_kept() {
        var catalogue = Catalogues.loadAll().defaultCatalogue();
        List<String> emergencies = catalogue.topics().entrySet().stream().filter(e -> e.getValue().emergency())
                .map(java.util.Map.Entry::getKey).toList();
        assertThat(emergencies).isNotEmpty();
        for (String id : emergencies) {
            ObjectNode request = intent("AMAZON.HelpIntent");
            ((ObjectNode) request.path("session")).set("attributes", JSON.createObjectNode().put("emergency", id)
                    .put("lastTopic", id).put("disclaimed", true));
            JsonNode response = skill.invoke(request);
            assertThat(response.at("/sessionAttributes/emergency").asText()).as(id).isEqualTo(id);
            assertThat(response.at("/sessionAttributes/disclaimed").asBoolean()).isTrue();
        }
    }

    @Test
    void the_skills_own_memory_still_carries_from_turn_to_turn() {
        skill.launch();
        skill.say("OverdoseIntent");
        JsonNode attributes = skill.attributes();
        assertThat(attributes.path("emergency").asText()).isEqualTo("overdose");
        assertThat(attributes.path("lastTopic").asText()).isEqualTo("overdose");
        assertThat(SkillTester.speech(skill.say("HelplineIntent"))).contains("911");
    }

    private static ObjectNode forged() {
        ObjectNode attributes = JSON.createObjectNode();
        attributes.put("evil", HUGE);
        attributes.put("emergency", HUGE);
        attributes.put("lastTopic", "no-such-topic");
        attributes.put("lastMessage", "valueOf");
        attributes.put("offer", HUGE);
        attributes.put("disclaimed", "yes");
        ArrayNode nested = attributes.putArray("nested");
        nested.add(HUGE);
        return attributes;
    }
}
