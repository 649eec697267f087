package dk.plenum.minutes;

import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges.MinutesApproved;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingNotFoundException;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Translations;
import dk.plenum.minutes.internal.MinutesComposer;
import dk.plenum.minutes.internal.MinutesDocument;
import dk.plenum.minutes.internal.MinutesHtml;
import dk.plenum.minutes.internal.MinutesMarkdown;
import dk.plenum.minutes.internal.MinutesPdf;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The minutes (referat) of a meeting for whoever asks: the members' edition for the council's members
 * and secretariat, the public edition for everyone else, both cut by {@link MeetingVisibility}. And
 * their approval, which locks the decisions (see {@code DecisionService}).
 */
@Service
public class MinutesService {

    private final MeetingJournal journal;
    private final CurrentActor currentActor;

    MinutesService(MeetingJournal journal, CurrentActor currentActor) {
        this.journal = journal;
        this.currentActor = currentActor;
    }

    /** The minutes as the person logged in on this request may read them. */
    public Minutes write(String meetingId, MinutesFormat format, Locale language) {
        Meeting meeting = journal.get(meetingId);
        Audience audience = currentActor.audienceFor(meeting);
        if (!MeetingVisibility.isVisibleTo(audience, meeting)) {
            throw new MeetingNotFoundException(meetingId);
        }
        MinutesDocument document = MinutesComposer.compose(MeetingVisibility.visibleTo(audience, meeting),
                audience != Audience.PUBLIC, language);
        byte[] content = switch (format) {
            case HTML -> MinutesHtml.render(document).getBytes(StandardCharsets.UTF_8);
            case PDF -> MinutesPdf.render(MinutesHtml.render(document));
            case MARKDOWN -> MinutesMarkdown.render(document).getBytes(StandardCharsets.UTF_8);
        };
        return new Minutes(content, format, fileName(meeting, language) + "." + format.extension());
    }

    /** Approves the minutes of a closed meeting, once. */
    public Meeting approve(String meetingId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            if (meeting.status() != MeetingStatus.CLOSED) {
                throw new CommandRefusedException(Reason.CONFLICT, "minutes.refused.notClosed");
            }
            if (meeting.minutesApproved()) {
                throw new CommandRefusedException(Reason.CONFLICT, "minutes.refused.alreadyApproved");
            }
            return new MinutesApproved();
        });
    }

    /**
     * E.g. "referat-erhvervsraadet-2024-02-29": ASCII only, so every browser and file system takes it, with æ, ø and
     * å written the Danish way (ae, oe, aa) so that the name still reads as the council's.
     */
    private static String fileName(Meeting meeting, Locale language) {
        // Other accented letters: NFD splits "é" into "e" and a combining accent, which is dropped rather than made a "-".
        String council = Normalizer.normalize(meeting.councilName().toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa"), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-");
        return Translations.text("minutes.fileName", language) + "-" + council + "-" + meeting.startsAt().atZone(MeetingTimes.COUNCIL_ZONE)
                .toLocalDate();
    }
}
