package dk.plenum.roundtable;

import static dk.plenum.meeting.MeetingRules.requireLive;
import static dk.plenum.meeting.MeetingRules.requireNotClosed;

import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.CommandText;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges.RoundTablePostEdited;
import dk.plenum.meeting.MeetingChanges.RoundTablePostWithdrawn;
import dk.plenum.meeting.MeetingChanges.RoundTablePosted;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.RoundTablePost;
import dk.plenum.security.Actor;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Members post plain-text news while the round-the-table item is current, and may edit or withdraw
 * their own posts until the meeting closes. The secretariat may withdraw any post (moderation).
 */
@Service
public class RoundTableService {

    public static final int MAX_TEXT = 2_000;

    private final MeetingJournal journal;

    RoundTableService(MeetingJournal journal) {
        this.journal = journal;
    }

    public Meeting post(String meetingId, String text, Actor actor) {
        String body = CommandText.required(text, "text", MAX_TEXT);
        return journal.append(meetingId, actor.username(), meeting -> {
            Participant author = actor.requireParticipant(meeting);
            requireLive(meeting);
            String itemId = meeting.currentItem().filter(item -> item.kind() == ItemKind.ROUND_THE_TABLE)
                    .orElseThrow(() -> new CommandRefusedException(Reason.CONFLICT, "refused.notRoundTable")).id();
            return new RoundTablePosted(new RoundTablePost(UUID.randomUUID().toString(), itemId, author.memberId(),
                    body, Instant.now(), false));
        });
    }

    public Meeting edit(String meetingId, String postId, String text, Actor actor) {
        String body = CommandText.required(text, "text", MAX_TEXT);
        return journal.append(meetingId, actor.username(), meeting -> {
            RoundTablePost post = requirePost(meeting, postId);
            if (!post.memberId().equals(actor.requireParticipant(meeting).memberId())) {
                throw new CommandRefusedException(Reason.FORBIDDEN, "refused.notYourPost");
            }
            requireNotClosed(meeting);
            return new RoundTablePostEdited(postId, body);
        });
    }

    public Meeting withdraw(String meetingId, String postId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            RoundTablePost post = requirePost(meeting, postId);
            boolean moderating = actor.isSecretariatOf(meeting.councilId());
            if (!moderating && !post.memberId().equals(actor.requireParticipant(meeting).memberId())) {
                throw new CommandRefusedException(Reason.FORBIDDEN, "refused.notYourPost");
            }
            requireNotClosed(meeting);
            return new RoundTablePostWithdrawn(postId);
        });
    }

    private static RoundTablePost requirePost(Meeting meeting, String postId) {
        return meeting.post(postId).orElseThrow(() -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noPost"));
    }
}
