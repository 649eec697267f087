package dk.plenum.agenda;

import dk.plenum.agenda.internal.MeetingImport;
import dk.plenum.agenda.internal.MeetingImportReader;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.MeetingSlotTakenException;
import dk.plenum.meeting.MeetingTooLargeException;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.security.Actor;
import dk.plenum.security.NotAllowedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports meetings from JSON documents (docs/import-format.md): validates all of a document before
 * storing any of it, enrols the named people in the council, and opens the meeting's log.
 */
@Service
public class AgendaImportService {

    private final ObjectMapper json;
    private final CouncilService councils;
    private final MeetingJournal journal;

    AgendaImportService(ObjectMapper json, CouncilService councils, MeetingJournal journal) {
        this.json = json;
        this.councils = councils;
        this.journal = journal;
    }

    /**
     * Imports one meeting document.
     *
     * @throws InvalidImportException naming every bad field (nothing is stored)
     * @throws DuplicateMeetingException when the council already meets at that time
     * @throws ImportTooLargeException when the meeting would pass a meeting size limit (nothing is stored)
     * @throws NotAllowedException unless the council's secretariat asks (an administrator for a new council)
     */
    public Meeting importMeeting(String document, Actor actor) {
        if (!actor.runsMeetings()) {
            throw new NotAllowedException("refused.secretariatOnly");
        }
        MeetingImport meeting = MeetingImportReader.read(parse(document));
        requireMayImportFor(meeting.council(), actor);
        Optional<Meeting> importedBefore = journal.retriedCommand();
        if (importedBefore.isPresent()) {
            return importedBefore.get(); // a retry whose first answer was lost: not a duplicate
        }
        Council council = councils.enrol(meeting.council(), rolesByName(meeting));
        if (journal.exists(council.id(), meeting.startsAt())) {
            throw new DuplicateMeetingException(meeting.council(), meeting.startsAt());
        }
        try {
            return schedule(meeting, council, actor.username());
        } catch (MeetingTooLargeException tooLarge) {
            throw new ImportTooLargeException(tooLarge.getMessage());
        }
    }

    /** Checked before enrolling anyone: enrolling creates the council, or adds people to it. */
    private void requireMayImportFor(String councilName, Actor actor) {
        Council existing = councils.findByName(councilName).orElse(null);
        if (existing != null) {
            actor.requireSecretariatOf(existing.id());
        } else if (!actor.isAdministrator()) {
            throw new NotAllowedException("refused.newCouncil");
        }
    }

    /**
     * Imports each meeting of a JSON array that is not there yet, so seeding can run on every start.
     * The whole array is validated first; returns the meetings it added.
     */
    public List<Meeting> importMissing(String documents, String actor) {
        JsonNode array = parse(documents);
        if (!array.isArray()) {
            throw new InvalidImportException(List.of(new FieldProblem("$", "must be an array of meetings")));
        }
        List<MeetingImport> meetings = array.values().stream().map(MeetingImportReader::read).toList();
        List<Meeting> added = new ArrayList<>();
        for (MeetingImport meeting : meetings) {
            Council council = councils.enrol(meeting.council(), rolesByName(meeting));
            if (!journal.exists(council.id(), meeting.startsAt())) {
                try {
                    added.add(schedule(meeting, council, actor));
                } catch (DuplicateMeetingException seededMeanwhile) {
                    // another instance starting at the same time imported it first
                }
            }
        }
        return added;
    }

    /**
     * Opens the meeting's log. The log takes one meeting per council and start time, so an import that another
     * one overtook after the check for an existing meeting is refused as a duplicate here.
     */
    private Meeting schedule(MeetingImport meeting, Council council, String actor) {
        List<Participant> participants = meeting.members().stream()
                .map(member -> council.memberNamed(member.name()).orElseThrow())
                .map(member -> Participant.summoned(member.id(), member.name(), member.role(), member.party()))
                .toList();
        List<AgendaItem> items = meeting.items().stream()
                .sorted(Comparator.comparingInt(MeetingImport.Item::number))
                .map(AgendaImportService::agendaItem)
                .toList();
        try {
            return journal.schedule(new MeetingScheduled(council.id(), council.name(), meeting.title(), meeting.kind(),
                    meeting.startsAt(), meeting.endsAt(), meeting.location(), participants, items), actor);
        } catch (MeetingSlotTakenException importedMeanwhile) {
            throw new DuplicateMeetingException(meeting.council(), meeting.startsAt());
        }
    }

    private static AgendaItem agendaItem(MeetingImport.Item item) {
        List<Attachment> attachments = item.attachments().stream()
                .map(attachment -> new Attachment(newId(), attachment.name(), attachment.visibility()))
                .toList();
        return new AgendaItem(newId(), item.number(), item.title(), item.kind(), item.visibility(), item.presenter(),
                item.sections(), attachments, null, item.hideTitle()).withPlannedMinutes(item.plannedMinutes());
    }

    private static Map<String, MemberRole> rolesByName(MeetingImport meeting) {
        Map<String, MemberRole> roles = new LinkedHashMap<>();
        meeting.members().forEach(member -> roles.put(member.name(), member.role()));
        return roles;
    }

    private JsonNode parse(String document) {
        try {
            return json.readTree(document);
        } catch (JacksonException malformed) {
            String where = malformed.getLocation() == null ? ""
                    : " (line " + malformed.getLocation().getLineNr() + ", column "
                            + malformed.getLocation().getColumnNr() + ")";
            throw new InvalidImportException(List.of(new FieldProblem("$", "is not valid JSON" + where)));
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
