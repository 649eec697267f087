package dk.plenum.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.PlenumTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * An answer kept for an {@code Idempotency-Key} is found within its day only, and deleted once its day is over, not
 * kept for ever.
 */
@PlenumTest
class CommandAnswerStoreTest {

    @Autowired
    CommandAnswerStore answers;
    @Autowired
    MongoTemplate mongo;

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

    @Test
    void anAnswerOlderThanItsDayIsNotFoundEvenBeforeItIsDeleted() {
        String key = "kirsten:" + UUID.randomUUID();
        answers.save(key, new CommandAnswerStore.Answer("hash", 200, "application/json", null,
                "{}".getBytes(StandardCharsets.UTF_8)));
        mongo.updateFirst(new Query(Criteria.where("_id").is(key)), new Update().set("at",
                Instant.now().minus(CommandAnswerStore.KEPT).minusSeconds(1)), "command_answers");

        assertThat(answers.find(key)).isEmpty();
    }
}
