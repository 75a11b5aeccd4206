package com.heroinfacts.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.SkillTester;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static com.heroinfacts.SkillTester.JSON;
import static com.heroinfacts.SkillTester.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/** Entity resolution with pieces missing or null, through the real handler: never the error answer. */
class SlotResolutionTest {

    private final SkillTester skill = new SkillTester();

    @Test
    void a_matched_slot_answers_its_topic() {
        assertThat(SkillTester.speech(skill.invoke(fixture("topic-slot-match.json")))).containsIgnoringCase("withdrawal");
    }

    @Test
    void null_and_missing_pieces_leave_the_slot_words_to_the_router_not_an_error() {
        // with no usable resolution the skill routes the slot's own words, as when Alexa resolved nothing at all
        ObjectNode unresolved = fixture("topic-slot-match.json");
        ((ObjectNode) unresolved.at("/request/intent/slots/topic")).remove("resolutions");
        String expected = SkillTester.speech(skill.invoke(unresolved));
        assertThat(expected).containsIgnoringCase("withdrawal").doesNotContain("went wrong");
        String noWords = SkillTester.speech(skill.invoke(fixture("topic-slot-empty.json")));
        for (Consumer<ObjectNode> breakIt : java.util.List.<Consumer<ObjectNode>>of(
                r -> r.putArray("values").addNull(),
                r -> r.putNull("values"),
                r -> r.putArray("values"),
                r -> r.putArray("values").addObject().putNull("value"),
                r -> r.putArray("values").addObject().putObject("value").put("name", "withdrawal").putNull("id"),
                r -> r.putArray("values").addObject().putObject("value").put("name", "withdrawal"),
                r -> r.putArray("values").addObject().putObject("value").put("id", ""),
                r -> r.putNull("status"),
                r -> ((ObjectNode) r.path("status")).putNull("code"))) {
            JsonNode response = skill.invoke(withResolution(breakIt));
            assertThat(SkillTester.speech(response)).as(response.toString()).isEqualTo(expected);
        }
        for (String path : new String[] {"resolutionsPerAuthority", "-"}) {
            ObjectNode request = fixture("topic-slot-match.json");
            ObjectNode slot = (ObjectNode) request.at("/request/intent/slots/topic");
            if (path.equals("-")) {
                slot.putNull("resolutions");
            } else {
                ((ObjectNode) slot.path("resolutions")).putNull(path);
            }
            assertThat(SkillTester.speech(skill.invoke(request))).isEqualTo(expected);
        }
        ObjectNode nullAuthority = fixture("topic-slot-match.json");
        ((ArrayNode) nullAuthority.at("/request/intent/slots/topic/resolutions/resolutionsPerAuthority")).insertNull(0);
        assertThat(SkillTester.speech(skill.invoke(nullAuthority))).containsIgnoringCase("withdrawal");
        ObjectNode nullSlots = fixture("topic-slot-match.json");
        ((ObjectNode) nullSlots.at("/request/intent")).putNull("slots");
        assertThat(SkillTester.speech(skill.invoke(nullSlots))).isEqualTo(noWords);
        ObjectNode nullSlot = fixture("topic-slot-match.json");
        ((ObjectNode) nullSlot.at("/request/intent/slots")).putNull("topic");
        assertThat(SkillTester.speech(skill.invoke(nullSlot))).isEqualTo(noWords);
    }

    @Test
    void a_null_value_before_a_match_is_skipped() {
        ObjectNode request = fixture("topic-slot-match.json");
        ((ArrayNode) request.at("/request/intent/slots/topic/resolutions/resolutionsPerAuthority/0/values")).insertNull(0);
        assertThat(SkillTester.speech(skill.invoke(request))).containsIgnoringCase("withdrawal");
    }

    private static ObjectNode withResolution(Consumer<ObjectNode> change) {
        ObjectNode request = fixture("topic-slot-match.json");
        change.accept((ObjectNode) request.at("/request/intent/slots/topic/resolutions/resolutionsPerAuthority/0"));
        return request;
    }
}
