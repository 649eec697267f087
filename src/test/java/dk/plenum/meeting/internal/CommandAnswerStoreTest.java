package dk.plenum.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.PlenumTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An answer kept for an {@code Idempotency-Key} is deleted once its day is over, not kept for ever. */
@PlenumTest
class CommandAnswerStoreTest {

    @Autowired
    CommandAnswerStore answers;

    @Test
    void anAnswerIsKeptForItsDayAndDeletedAfter() {
        String key = "kirsten:" + UUID.randomUUID();
        answers.save(key, new CommandAnswerStore.Answer("hash", 200, "application/json", null,
                "{}".getBytes(StandardCharsets.UTF_8)));

        answers.forgetExpired(Instant.now().plus(CommandAnswerStore.KEPT).minus(Duration.ofMinutes(1)));
        assertThat(answers.find(key)).as("within its day").isPresent();

        long deleted = answers.forgetExpired(Instant.now().plus(CommandAnswerStore.KEPT).plus(Duration.ofMinutes(1)));
        assertThat(deleted).isPositive();
        assertThat(answers.find(key)).as("after its day").isEmpty();
    }
}
