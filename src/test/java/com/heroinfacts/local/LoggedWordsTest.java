package com.heroinfacts.local;

import com.heroinfacts.content.PhoneNumbers;
import com.heroinfacts.skill.SkillSettings;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Free text in places where the code logs something nearby: none of it reaches the log. */
class LoggedWordsTest {

    private static final LocalSkill SKILL = LocalSkill.with(new SkillSettings(null, PhoneNumbers.defaults()));

    @Test
    void a_session_ended_error_is_logged_by_its_type_never_its_text() throws Exception {
        String ended = """
                {"version":"1.0","request":{"type":"SessionEndedRequest","requestId":"amzn1.echo-api.request.r1","reason":"ERROR",
                 "error":{"type":"my friend Priya said","message":"she takes it every night"}}}""";

        String log = logOf(ended);

        assertThat(log).contains("request amzn1.echo-api.request.r1 session ended: reason=ERROR")
                .doesNotContain("Priya").doesNotContain("every night");
    }

    @Test
    void a_body_the_sdk_cannot_bind_is_logged_without_the_parsers_message() throws Exception {
        // Jackson's message would quote the value it could not read
        String launch = """
                {"version":"1.0","request":{"type":"LaunchRequest","requestId":"amzn1.echo-api.request.r2",
                 "timestamp":"when Priya called me"}}""";

        String log = logOf(launch);

        assertThat(log).contains("request amzn1.echo-api.request.r2 refused: not_alexa_request").doesNotContain("Priya");
    }

    private static String logOf(String body) throws Exception {
        try (LogCapture log = LogCapture.start()) {
            SKILL.invoke(body.getBytes(StandardCharsets.UTF_8));
            return log.text();
        }
    }
}
