package dk.plenum.voting;

import static dk.plenum.support.PartyCouncil.SECRETARY;

import dk.plenum.attendance.AttendanceService;
import dk.plenum.council.CouncilService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.preparation.PreparationService;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.support.EventLogFiles;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code src/test/resources/event-logs/2026-11-votes.jsonl}, the committed log of every kind of vote and
 * conflict-of-interest event, of participants with a party and of decisions with a quorum mark and named dissenters,
 * which {@code EventLogCompatibilityTest} reads back with every later version (decision 0008):
 * {@code ./mvnw test -Dvaadin.skip -Dtest=VotingEventLogTest -Dplenum.votes-event-log=src/test/resources/event-logs/2026-11-votes.jsonl}
 */
@PlenumTest
class VotingEventLogTest {

    @Test
    @EnabledIfSystemProperty(named = "plenum.votes-event-log", matches = ".+")
    void writesALogOfEveryKindOfVotingEvent(@Autowired CouncilService councils, @Autowired PreparationService preparation,
            @Autowired ProceedingsService proceedings, @Autowired AttendanceService attendance,
            @Autowired DecisionService decisions, @Autowired VotingService voting, @Autowired MeetingJournal journal,
            @Autowired MongoTemplate mongo, @Autowired JsonMapper json) throws IOException {
        PartyCouncil council = new PartyCouncil(councils, preparation, proceedings, attendance);
        String id = council.id;
        voting.declareConflict(id, council.openItem, null, council.member("Bo"));
        voting.declareConflict(id, council.openItem, council.memberId("Frida"), SECRETARY);
        voting.liftConflict(id, council.openItem, council.memberId("Frida"), SECRETARY);
        voting.recordVote(id, council.openItem, new VoteInput(false, Map.of("A", Choice.FOR, "V", Choice.AGAINST),
                Map.of(council.memberId("Frida"), Choice.ABSTAIN)), SECRETARY);
        voting.recordVote(id, council.closedItem, VoteInput.unanimously(), SECRETARY);
        decisions.record(id, council.openItem, new DecisionInput(DecisionOutcome.APPROVED, "Lokalplanen vedtages.",
                null, null, null, false, List.of("V"), List.of(council.memberId("Frida"))), SECRETARY);
        for (String name : List.of("Dorte", "Erik", "Frida")) {
            attendance.mark(id, council.memberId(name), AttendanceStatus.LEFT, null, SECRETARY);
        }
        decisions.record(id, council.closedItem, new DecisionInput(DecisionOutcome.APPROVED, "Grunden sælges.",
                "Behandlet.", null, null).confirmedWithoutQuorum(), SECRETARY);

        EventLogFiles.write(mongo, json, journal.get(id), Path.of(System.getProperty("plenum.votes-event-log")));
    }
}
