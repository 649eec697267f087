package dk.plenum.notes.internal;

import dk.plenum.notes.Note;
import dk.plenum.notes.NotePlace;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Notes in their own collection, {@code notes}, one document per login, meeting and place, whose {@code _id} is
 * made of those (so saving again replaces it, on any instance). Never an event of the meeting: decision 0017.
 * Nothing here asks who may read what; {@code NotesService} does, and always names the login.
 */
@Component
public class NoteStore implements InitializingBean {

    static final String COLLECTION = "notes";
    /** Between the parts of an id: a character no login, meeting, item or Bilag id contains. */
    private static final String SEPARATOR = "\u001f";

    private final MongoTemplate mongo;

    NoteStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One member's note as stored. */
    record StoredNote(@Id String id, String login, String meetingId, String itemId, String attachmentId, int page,
            String text, Instant savedAt) {

        Note note() {
            return Note.at(new NotePlace(itemId, attachmentId, page), text, savedAt);
        }
    }

    @Override
    public void afterPropertiesSet() {
        // "My notes for this meeting" is the one read by anything but the id.
        mongo.indexOps(COLLECTION).createIndex(new Index().on("login", Sort.Direction.ASC)
                .on("meetingId", Sort.Direction.ASC));
    }

    public Optional<Note> find(String login, String meetingId, NotePlace place) {
        return Optional.ofNullable(mongo.findById(id(login, meetingId, place), StoredNote.class, COLLECTION))
                .map(StoredNote::note);
    }

    /** Every note the login wrote on the meeting, in no particular order. */
    public List<Note> findAll(String login, String meetingId) {
        Query mine = new Query(Criteria.where("login").is(login).and("meetingId").is(meetingId));
        return mongo.find(mine, StoredNote.class, COLLECTION).stream().map(StoredNote::note).toList();
    }

    /** Writes the note, replacing the login's earlier note at that place. */
    public Note save(String login, String meetingId, NotePlace place, String text, Instant savedAt) {
        mongo.save(new StoredNote(id(login, meetingId, place), login, meetingId, place.itemId(), place.attachmentId(),
                place.page(), text, savedAt), COLLECTION);
        return Note.at(place, text, savedAt);
    }

    public void delete(String login, String meetingId, NotePlace place) {
        mongo.remove(new Query(Criteria.where("_id").is(id(login, meetingId, place))), COLLECTION);
    }

    private static String id(String login, String meetingId, NotePlace place) {
        return String.join(SEPARATOR, login, meetingId, place.itemId(),
                place.onBilagPage() ? place.attachmentId() : "", String.valueOf(place.page()));
    }
}
