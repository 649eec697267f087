package dk.plenum.voting.internal;

import dk.plenum.meeting.RecordedVote.Choice;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The ballot box of a secret ballot: one document per open ballot holding only its three counts, each ballot an
 * atomic {@code $inc} of one of them. Nothing says who put which ballot in: no document per ballot, no member, no
 * time. Decision 0012.
 */
@Component
public class BallotBox {

    /** The three counts of a ballot box. */
    public record Counts(int inFavour, int against, int abstaining) {

        public static final Counts EMPTY = new Counts(0, 0, 0);

        public int total() {
            return inFavour + against + abstaining;
        }
    }

    private static final String COLLECTION = "ballot_boxes";

    private final MongoTemplate mongo;

    BallotBox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Counts one ballot for {@code choice} in the box of {@code ballotId}, which is made on the first ballot. */
    public void put(String ballotId, Choice choice) {
        mongo.upsert(byId(ballotId), new Update().inc(field(choice), 1), COLLECTION);
    }

    /** The counts so far; an empty box when nobody has voted. */
    public Counts counts(String ballotId) {
        return Optional.ofNullable(mongo.findOne(byId(ballotId), Document.class, COLLECTION))
                .map(box -> new Counts(count(box, Choice.FOR), count(box, Choice.AGAINST), count(box, Choice.ABSTAIN)))
                .orElse(Counts.EMPTY);
    }

    /** Once the result is recorded, the box is emptied away. */
    public void remove(String ballotId) {
        mongo.remove(byId(ballotId), COLLECTION);
    }

    private static int count(Document box, Choice choice) {
        return box.get(field(choice)) instanceof Number number ? number.intValue() : 0;
    }

    private static String field(Choice choice) {
        return switch (choice) {
            case FOR -> "inFavour";
            case AGAINST -> "against";
            case ABSTAIN -> "abstaining";
        };
    }

    private static Query byId(String ballotId) {
        return new Query(Criteria.where("_id").is(ballotId));
    }
}
