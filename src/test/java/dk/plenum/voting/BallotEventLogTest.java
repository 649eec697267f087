package dk.plenum.voting;

import static dk.plenum.support.PartyCouncil.SECRETARY;

import dk.plenum.attendance.AttendanceService;
import dk.plenum.council.CouncilService;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.preparation.PreparationService;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.support.EventLogFiles;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code src/test/resources/event-logs/2026-11-ballots.jsonl}, the committed log of every kind of electronic
 * vote event (a named vote and a secret ballot closed, with members who did not vote, and a vote left open), which
 * {@code EventLogCompatibilityTest} reads back with every later version (decision 0008):
 * {@code ./mvnw test -Dvaadin.skip -Dtest=BallotEventLogTest -Dplenum.ballots-event-log=src/test/resources/event-logs/2026-11-ballots.jsonl}
 */
@PlenumTest
class BallotEventLogTest {

    @Test
    @EnabledIfSystemProperty(named = "plenum.ballots-event-log", matches = ".+")
    void writesALogOfEveryKindOfBallotEvent(@Autowired CouncilService councils,
            @Autowired PreparationService preparation, @Autowired ProceedingsService proceedings,
            @Autowired AttendanceService attendance, @Autowired BallotService ballots,
            @Autowired MeetingJournal journal, @Autowired MongoTemplate mongo, @Autowired JsonMapper json)
            throws IOException {
        PartyCouncil council = new PartyCouncil(councils, preparation, proceedings, attendance);
        String id = council.id;
        ballots.open(id, council.openItem, false, SECRETARY);
        ballots.cast(id, council.openItem, Choice.FOR, council.member("Anna"));
        ballots.cast(id, council.openItem, Choice.AGAINST, council.member("Dorte"));
        ballots.cast(id, council.openItem, Choice.ABSTAIN, council.member("Frida"));
        ballots.close(id, council.openItem, SECRETARY);
        ballots.open(id, council.closedItem, true, SECRETARY);
        ballots.cast(id, council.closedItem, Choice.FOR, council.member("Bo"));
        ballots.cast(id, council.closedItem, Choice.AGAINST, council.member("Erik"));
        ballots.close(id, council.closedItem, SECRETARY);
        ballots.open(id, council.openItem, false, SECRETARY);
        ballots.cast(id, council.openItem, Choice.FOR, council.member("Cecilie"));

        EventLogFiles.write(mongo, json, journal.get(id), Path.of(System.getProperty("plenum.ballots-event-log")));
    }

    /**
     * Writes {@code src/test/resources/event-logs/2026-11-ballot-cancel.jsonl}: a named vote and a secret ballot, each
     * with a ballot cast, cancelled (BALLOT_CANCELLED), and a named vote closed after a cancelled one:
     * {@code ./mvnw test -Dvaadin.skip -Dtest=BallotEventLogTest -Dplenum.ballot-cancel-event-log=src/test/resources/event-logs/2026-11-ballot-cancel.jsonl}
     */
    @Test
    @EnabledIfSystemProperty(named = "plenum.ballot-cancel-event-log", matches = ".+")
    void writesALogOfCancelledBallots(@Autowired CouncilService councils,
            @Autowired PreparationService preparation, @Autowired ProceedingsService proceedings,
            @Autowired AttendanceService attendance, @Autowired BallotService ballots,
            @Autowired MeetingJournal journal, @Autowired MongoTemplate mongo, @Autowired JsonMapper json)
            throws IOException {
        PartyCouncil council = new PartyCouncil(councils, preparation, proceedings, attendance);
        String id = council.id;
        ballots.open(id, council.openItem, false, SECRETARY);
        ballots.cast(id, council.openItem, Choice.FOR, council.member("Anna"));
        ballots.cancel(id, council.openItem, SECRETARY);
        ballots.open(id, council.closedItem, true, SECRETARY);
        ballots.cast(id, council.closedItem, Choice.AGAINST, council.member("Bo"));
        ballots.cancel(id, council.closedItem, SECRETARY);
        ballots.open(id, council.openItem, false, SECRETARY);
        ballots.cast(id, council.openItem, Choice.AGAINST, council.member("Dorte"));
        ballots.close(id, council.openItem, SECRETARY);

        EventLogFiles.write(mongo, json, journal.get(id),
                Path.of(System.getProperty("plenum.ballot-cancel-event-log")));
    }
}
