package dk.plenum.demo;

import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.council.CouncilService.CouncilDetails;
import dk.plenum.council.StandardItem;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.preparation.AgendaStart;
import dk.plenum.preparation.ItemContent;
import dk.plenum.preparation.MeetingDetails;
import dk.plenum.preparation.PreparationService;
import dk.plenum.security.Actor;
import dk.plenum.store.StoreMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo mode: Erhvervsrådet is set up as its secretariat would (a description, its usual place, its standard
 * items), and always has a published meeting in the coming weeks, dated from today, so the plan and the start
 * page are never only 2024's meetings. Prepared through {@link PreparationService} as the secretariat would;
 * nothing is added while a coming meeting exists.
 */
@Component
class DemoComingMeeting {

    static final String DESCRIPTION = "Aalborg Kommunes erhvervsråd: erhvervslivet, uddannelserne og kommunen om "
            + "Erhvervsstrategien 2023–2026.";
    static final String PLACE = "BusinessAalborg, Boulevarden 13, 2. sal, 9000 Aalborg";
    /** Erhvervsrådet meets on Thursday afternoons; the demo's meeting is the first Thursday two weeks out. */
    private static final LocalTime STARTS = LocalTime.of(15, 0);
    private static final LocalTime ENDS = LocalTime.of(17, 0);
    private static final Logger log = LoggerFactory.getLogger(DemoComingMeeting.class);

    private final StoreMode store;
    private final CouncilService councils;
    private final MeetingJournal journal;
    private final PreparationService preparation;
    private final Clock clock;

    DemoComingMeeting(StoreMode store, CouncilService councils, MeetingJournal journal,
            PreparationService preparation) {
        this.store = store;
        this.councils = councils;
        this.journal = journal;
        this.preparation = preparation;
        this.clock = Clock.system(MeetingTimes.COUNCIL_ZONE);
    }

    /** When the app is ready: after {@link DemoData} imported the council and made the accounts. */
    @EventListener(ApplicationReadyEvent.class)
    void prepareTheNextMeeting() {
        if (!store.isEmbedded()) {
            return;
        }
        Actor secretariat = DemoData.administrator();
        Council council = councils.findByName(DemoData.COUNCIL).orElseThrow();
        if (council.standardItems().isEmpty()) {
            council = councils.edit(secretariat, council.id(),
                    new CouncilDetails(council.name(), DESCRIPTION, PLACE, StandardItem.USUAL));
        }
        String councilId = council.id();
        Instant now = clock.instant();
        boolean comingMeeting = journal.findAll().stream().anyMatch(meeting -> meeting.councilId().equals(councilId)
                && meeting.status() != MeetingStatus.CANCELLED && meeting.startsAt().isAfter(now));
        if (!comingMeeting) {
            Meeting prepared = prepare(councilId, secretariat);
            log.info("Demo mode: prepared and published the meeting of {} on {}", DemoData.COUNCIL,
                    prepared.startsAt());
        }
    }

    private Meeting prepare(String councilId, Actor secretariat) {
        LocalDate day = LocalDate.now(clock).plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        Meeting meeting = preparation.create(councilId, new MeetingDetails("Møde i Erhvervsrådet", MeetingKind.ORDINARY,
                day.atTime(STARTS).atZone(MeetingTimes.COUNCIL_ZONE).toInstant(),
                day.atTime(ENDS).atZone(MeetingTimes.COUNCIL_ZONE).toInstant(), null), AgendaStart.STANDARD_ITEMS,
                secretariat);
        preparation.addItem(meeting.id(), new ItemContent("Status på Erhvervsstrategien", ItemKind.REGULAR,
                Visibility.OPEN, false, "Erhvervsdirektør Mette Bugge", List.of(
                        new Section("Indstilling", "Sekretariatet indstiller,\n\n- At Erhvervsrådet orienteres om "
                                + "status på strategiens syv prioriteter."),
                        new Section("Baggrund", "Arbejdsgrupperne for de syv prioriteter gør status, og rådet "
                                + "drøfter, hvor indsatsen skal styrkes i det kommende år."))), secretariat);
        preparation.addItem(meeting.id(), new ItemContent("Ansøgning om medfinansiering", ItemKind.REGULAR,
                Visibility.CLOSED, false, "Erhvervsdirektør Mette Bugge", List.of(
                        new Section("Indstilling", "Sekretariatet indstiller, at rådet drøfter ansøgningen."))),
                secretariat);
        return preparation.publish(meeting.id(), secretariat);
    }
}
