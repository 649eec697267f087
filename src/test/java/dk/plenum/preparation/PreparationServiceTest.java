package dk.plenum.preparation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilMember;
import dk.plenum.council.CouncilService;
import dk.plenum.council.StandardItem;
import dk.plenum.council.internal.CouncilStore;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.ItemAmendment;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingSlotTakenException;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.plan.MeetingPlan;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import dk.plenum.security.NotAllowedException;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dk.plenum.minutes.MinutesFormat;
import dk.plenum.minutes.MinutesService;
import dk.plenum.meeting.Translations;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Autowired;

/** Every preparation command, and every refusal, through the service as the views and the API call it. */
@PlenumTest
class PreparationServiceTest {

    static final Actor ADMINISTRATOR = ImportedMeetings.SECRETARIAT;

    @Autowired
    PreparationService preparation;

    @Autowired
    CouncilService councils;

    @Autowired
    CouncilStore councilStore;

    @Autowired
    MeetingJournal journal;

    @Autowired
    ProceedingsService proceedings;

    @Autowired
    MeetingPlan plan;

    @Autowired
    AgendaImportService imports;

    @Autowired
    DecisionService decisions;

    @Autowired
    MinutesService minutes;

    private Council council;
    private Instant startsAt;

    /**
     * A council of its own with standard items and a default place: Lasse (chair) and Kirsten sit now, Ove left in
     * 2020 and is not summoned to a meeting now.
     */
    @BeforeEach
    void aCouncilWithStandardItems() {
        String name = "Forberedelsesudvalget " + UUID.randomUUID();
        Map<String, MemberRole> roles = new LinkedHashMap<>();
        roles.put("Lasse Frimand Jensen", MemberRole.CHAIR);
        roles.put("Kirsten Møller Thomsen", MemberRole.MEMBER);
        roles.put("Ove Tidligere", MemberRole.MEMBER);
        Council enrolled = councils.enrol(name, roles);
        List<CouncilMember> members = enrolled.members().stream().map(member -> member.name().startsWith("Ove")
                ? new CouncilMember(member.id(), member.name(), member.role(), null, null, LocalDate.of(2016, 1, 1),
                        LocalDate.of(2020, 12, 31))
                : member).toList();
        council = new Council(enrolled.id(), enrolled.name(), null, "Mødelokale 2", List.of(
                new StandardItem("Godkendelse af dagsorden", ItemKind.REGULAR),
                new StandardItem("Bordet rundt", ItemKind.ROUND_THE_TABLE),
                new StandardItem("Eventuelt", ItemKind.REGULAR)), members);
        assertThat(councilStore.replaceIfUnchanged(enrolled, council)).isTrue();
        startsAt = ImportedMeetings.nextStartsAt();
    }

    @Test
    void aNewMeetingIsADraftWithTheStandardItemsAndTheMembersOfItsDay() {
        Meeting meeting = create("Møde i udvalget", startsAt);

        assertThat(meeting.draft()).isTrue();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(meeting.listedStatus()).isEqualTo("DRAFT");
        assertThat(meeting.location()).isEqualTo("Mødelokale 2");
        assertThat(meeting.items()).extracting(AgendaItem::number, AgendaItem::title, AgendaItem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Godkendelse af dagsorden", ItemKind.REGULAR),
                        org.assertj.core.groups.Tuple.tuple(2, "Bordet rundt", ItemKind.ROUND_THE_TABLE),
                        org.assertj.core.groups.Tuple.tuple(3, "Eventuelt", ItemKind.REGULAR));
        assertThat(meeting.participants()).extracting(Participant::name)
                .containsExactly("Lasse Frimand Jensen", "Kirsten Møller Thomsen");
    }

    @Test
    void aCopyTakesTheEarlierAgendaWithoutDecisionsAttachmentsOrAttendance() {
        Meeting earlier = ImportedMeetings.importMeeting(imports, council.name());
        proceedings.start(earlier.id(), ADMINISTRATOR);
        decisions.record(earlier.id(), earlier.items().getFirst().id(),
                new DecisionInput(DecisionOutcome.APPROVED, "Godkendt.", null, null, null), ADMINISTRATOR);

        Meeting copy = preparation.create(council.id(), details("Næste møde", startsAt),
                new AgendaStart(earlier.id()), ADMINISTRATOR);

        assertThat(copy.items()).extracting(AgendaItem::title)
                .containsExactlyElementsOf(earlier.items().stream().map(AgendaItem::title).toList());
        assertThat(copy.items()).extracting(AgendaItem::visibility)
                .containsExactlyElementsOf(earlier.items().stream().map(AgendaItem::visibility).toList());
        assertThat(copy.items()).extracting(AgendaItem::sections)
                .containsExactlyElementsOf(earlier.items().stream().map(AgendaItem::sections).toList());
        assertThat(copy.items()).allSatisfy(item -> {
            assertThat(item.decision()).isNull();
            assertThat(item.attachments()).isEmpty();
        });
        assertThat(copy.items()).extracting(AgendaItem::id).doesNotContainAnyElementsOf(
                earlier.items().stream().map(AgendaItem::id).toList());
        assertThat(copy.participants()).allSatisfy(participant -> assertThat(participant.attendance())
                .isEqualTo(dk.plenum.meeting.AttendanceStatus.EXPECTED));
    }

    @Test
    void onlyTheCouncilsSecretariatPreparesItsMeetingsAndNothingIsStoredOnARefusal() {
        Actor otherSecretariat = new Actor("andet", "Andet sekretariat", AccountRole.SECRETARIAT, "another-council",
                null);
        Actor member = new Actor("kirsten-x", "Kirsten", AccountRole.MEMBER, council.id(),
                council.members().get(1).id());
        int before = journal.findAll().size();

        assertThatThrownBy(() -> preparation.create(council.id(), details("Møde", startsAt), AgendaStart.STANDARD_ITEMS,
                otherSecretariat)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> preparation.create(council.id(), details("Møde", startsAt), AgendaStart.STANDARD_ITEMS,
                member)).isInstanceOf(NotAllowedException.class);
        assertRefused(() -> preparation.create(council.id(), details(" ", startsAt), AgendaStart.STANDARD_ITEMS,
                ADMINISTRATOR), "refused.textEmpty");
        assertRefused(() -> preparation.create(council.id(), new MeetingDetails("Møde", MeetingKind.ORDINARY, startsAt,
                startsAt.minusSeconds(60), null), AgendaStart.STANDARD_ITEMS, ADMINISTRATOR), "refused.endBeforeStart");
        assertThat(journal.findAll()).hasSize(before);

        Meeting meeting = create("Møde", startsAt);
        assertThatThrownBy(() -> preparation.publish(meeting.id(), otherSecretariat))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> preparation.addItem(meeting.id(), content("Punkt", Visibility.OPEN), member))
                .isInstanceOf(NotAllowedException.class);
        assertRefused(() -> preparation.addItem(meeting.id(), new ItemContent("Punkt", ItemKind.REGULAR,
                Visibility.OPEN, true, null, List.of()), ADMINISTRATOR), "refused.hideOpenTitle");
        assertRefused(() -> preparation.addItem(meeting.id(), new ItemContent("Punkt", ItemKind.REGULAR,
                Visibility.OPEN, false, null, List.of(new Section(null, "tekst"))), ADMINISTRATOR), "refused.textEmpty");
        assertThat(journal.get(meeting.id()).lastSeq()).isEqualTo(1);
    }

    @Test
    void aSecondMeetingAtTheSameTimeIsRefusedWithAClearMessage() {
        create("Første", startsAt);

        assertThatThrownBy(() -> create("Anden", startsAt)).isInstanceOf(MeetingSlotTakenException.class)
                .hasMessage("The council already has a meeting starting at that time.")
                .extracting(refused -> ((CommandRefusedException) refused).reason())
                .isEqualTo(CommandRefusedException.Reason.CONFLICT);
        Meeting other = create("Tredje", startsAt.plus(Duration.ofDays(1)));
        assertRefused(() -> preparation.move(other.id(), startsAt, null, ADMINISTRATOR), "refused.slotTaken");
    }

    @Test
    void aMovedMeetingFreesItsOldTimeAndTakesTheNewOneOrIsRefusedWithNothingStored() {
        Instant later = startsAt.plus(Duration.ofDays(7));
        Meeting moved = create("Flyttes", startsAt);
        preparation.move(moved.id(), later, null, ADMINISTRATOR);

        Meeting inItsPlace = create("I det gamle tidsrum", startsAt);

        assertThat(inItsPlace.startsAt()).isEqualTo(startsAt);
        Meeting beforeRefusal = journal.get(inItsPlace.id());
        assertThatThrownBy(() -> preparation.move(inItsPlace.id(), later, null, ADMINISTRATOR))
                .isInstanceOf(MeetingSlotTakenException.class)
                .hasMessage("The council already has a meeting starting at that time.");
        assertThatThrownBy(() -> create("Oven i det flyttede", later)).isInstanceOf(MeetingSlotTakenException.class);
        assertThat(journal.get(inItsPlace.id())).as("nothing stored on the refused move").isEqualTo(beforeRefusal);
        assertThat(journal.eventsAfter(inItsPlace.id(), beforeRefusal.lastSeq())).isEmpty();
        assertRefused(() -> preparation.move(moved.id(), startsAt, null, ADMINISTRATOR), "refused.slotTaken");
        Instant backAgain = later.plus(Duration.ofDays(7));
        preparation.move(moved.id(), backAgain, null, ADMINISTRATOR);
        assertThat(preparation.move(moved.id(), later, null, ADMINISTRATOR).startsAt())
                .as("a meeting may return to a time it left").isEqualTo(later);
        assertThat(create("Efter returen", backAgain).startsAt()).isEqualTo(backAgain);
    }

    @Test
    void aCancelledMeetingFreesItsTime() {
        Meeting cancelled = create("Aflyses", startsAt);
        preparation.publish(cancelled.id(), ADMINISTRATOR);
        preparation.cancel(cancelled.id(), ADMINISTRATOR);

        Meeting instead = create("I stedet", startsAt);
        Meeting movedThere = create("Flyttes derhen", startsAt.plus(Duration.ofDays(1)));
        preparation.cancel(instead.id(), ADMINISTRATOR);

        assertThat(instead.startsAt()).isEqualTo(startsAt);
        assertThat(preparation.move(movedThere.id(), startsAt, null, ADMINISTRATOR).startsAt()).isEqualTo(startsAt);
        assertThat(journal.get(cancelled.id()).status()).as("still shown, as cancelled")
                .isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void ofCreatesAndMovesRacingOntoOneTimeExactlyOneWins() throws Exception {
        Instant contested = startsAt.plus(Duration.ofDays(3));
        List<Meeting> movers = IntStream.range(0, 4)
                .mapToObj(day -> create("Flytter " + day, startsAt.plus(Duration.ofDays(10 + day)))).toList();
        List<Callable<Meeting>> commands = new ArrayList<>();
        for (int index = 0; index < 4; index++) {
            Meeting mover = movers.get(index);
            commands.add(() -> create("Ny " + UUID.randomUUID(), contested));
            commands.add(() -> preparation.move(mover.id(), contested, null, ADMINISTRATOR));
        }
        CountDownLatch ready = new CountDownLatch(commands.size());
        List<Future<Meeting>> outcomes;
        try (ExecutorService racers = Executors.newFixedThreadPool(commands.size())) {
            outcomes = racers.invokeAll(commands.stream().<Callable<Meeting>>map(command -> () -> {
                ready.countDown();
                ready.await();
                return command.call();
            }).toList());
        }

        List<Meeting> winners = new ArrayList<>();
        for (Future<Meeting> outcome : outcomes) {
            try {
                winners.add(outcome.get());
            } catch (ExecutionException refused) {
                assertThat(refused.getCause()).isInstanceOf(MeetingSlotTakenException.class);
            }
        }
        assertThat(winners).singleElement().extracting(Meeting::startsAt).isEqualTo(contested);
        assertThat(journal.findAll()).filteredOn(meeting -> meeting.councilId().equals(council.id())
                && meeting.startsAt().equals(contested)).singleElement().extracting(Meeting::id)
                .isEqualTo(winners.getFirst().id());
    }

    @Test
    void aDraftCannotStartAndIsPublishedOnce() {
        Meeting meeting = create("Møde", startsAt);

        assertRefused(() -> proceedings.start(meeting.id(), ADMINISTRATOR), "refused.draft");
        Meeting published = preparation.publish(meeting.id(), ADMINISTRATOR);
        assertThat(published.draft()).isFalse();
        assertThat(published.listedStatus()).isEqualTo("SCHEDULED");
        assertRefused(() -> preparation.publish(meeting.id(), ADMINISTRATOR), "refused.alreadyPublished");
        assertThat(proceedings.start(meeting.id(), ADMINISTRATOR).status()).isEqualTo(MeetingStatus.LIVE);
        assertRefused(() -> preparation.addItem(meeting.id(), content("Sent", Visibility.OPEN), ADMINISTRATOR),
                "refused.alreadyStarted");
    }

    @Test
    void itemsAreAddedEditedAndRenumberedWhenReorderedByButtonOrByAWholeNewOrder() {
        Meeting meeting = create("Møde", startsAt);
        Meeting added = preparation.addItem(meeting.id(), new ItemContent("Personalesag", ItemKind.REGULAR,
                Visibility.CLOSED, true, "Direktøren", List.of(new Section("Indstilling", "At sagen drøftes."))),
                ADMINISTRATOR);
        AgendaItem closed = added.items().getLast();
        assertThat(closed.number()).isEqualTo(4);
        assertThat(closed.titleHidden()).isTrue();
        assertThat(closed.amended()).as("a draft's items carry no change marks").isNull();

        Meeting up = preparation.moveItem(meeting.id(), closed.id(), -1, ADMINISTRATOR);
        assertThat(up.items()).extracting(AgendaItem::title)
                .containsExactly("Godkendelse af dagsorden", "Bordet rundt", "Personalesag", "Eventuelt");
        assertThat(up.items()).extracting(AgendaItem::number).containsExactly(1, 2, 3, 4);

        List<String> reversed = up.items().stream().map(AgendaItem::id).toList().reversed();
        Meeting reordered = preparation.reorder(meeting.id(), reversed, ADMINISTRATOR);
        assertThat(reordered.items()).extracting(AgendaItem::title)
                .containsExactly("Eventuelt", "Personalesag", "Bordet rundt", "Godkendelse af dagsorden");
        assertThat(reordered.items()).extracting(AgendaItem::number).containsExactly(1, 2, 3, 4);
        assertRefused(() -> preparation.reorder(meeting.id(), reversed.subList(0, 3), ADMINISTRATOR),
                "refused.reorderMismatch");

        Meeting edited = preparation.editItem(meeting.id(), closed.id(), new ItemContent("Personalesag om løn",
                ItemKind.REGULAR, Visibility.CLOSED, false, null, List.of(new Section("Baggrund", "Ny tekst."))),
                ADMINISTRATOR);
        AgendaItem after = edited.item(closed.id()).orElseThrow();
        assertThat(after.title()).isEqualTo("Personalesag om løn");
        assertThat(after.sections()).containsExactly(new Section("Baggrund", "Ny tekst."));
        assertThat(after.number()).isEqualTo(2);
    }

    @Test
    void aWithdrawnItemKeepsItsPlaceAndNumberAndCannotBeEditedAgain() {
        Meeting meeting = create("Møde", startsAt);
        AgendaItem second = meeting.items().get(1);

        Meeting withdrawn = preparation.withdrawItem(meeting.id(), second.id(), ADMINISTRATOR);

        assertThat(withdrawn.items()).hasSize(3);
        AgendaItem kept = withdrawn.item(second.id()).orElseThrow();
        assertThat(kept.withdrawn()).isTrue();
        assertThat(kept.number()).isEqualTo(2);
        assertThat(kept.title()).isEqualTo(second.title());
        assertRefused(() -> preparation.withdrawItem(meeting.id(), second.id(), ADMINISTRATOR), "refused.itemWithdrawn");
        assertRefused(() -> preparation.editItem(meeting.id(), second.id(), content("Nyt", Visibility.OPEN),
                ADMINISTRATOR), "refused.itemWithdrawn");
        assertRefused(() -> preparation.withdrawItem(meeting.id(), "no-such-item", ADMINISTRATOR), "refused.noItem");

        preparation.publish(meeting.id(), ADMINISTRATOR);
        String referat = new String(minutes.write(meeting.id(), MinutesFormat.MARKDOWN, Translations.DANISH).content(),
                StandardCharsets.UTF_8);
        assertThat(referat).as("the minutes say the item udgår").contains("2. " + second.title() + " (udgår)");
    }

    @Test
    void aChangeAfterPublicationIsMarkedOnTheItemWithWhatChangedAndWhen() {
        Meeting meeting = create("Møde", startsAt);
        AgendaItem first = meeting.items().getFirst();
        preparation.editItem(meeting.id(), first.id(), new ItemContent(first.title(), first.kind(), first.visibility(),
                false, null, List.of(new Section("Indstilling", "At dagsordenen godkendes."))), ADMINISTRATOR);
        preparation.publish(meeting.id(), ADMINISTRATOR);
        assertThat(journal.get(meeting.id()).items()).allSatisfy(item -> assertThat(item.amended()).isNull());

        Instant before = Instant.now().minusSeconds(1);
        Meeting edited = preparation.editItem(meeting.id(), first.id(), new ItemContent("Godkendelse af dagsordenen",
                first.kind(), first.visibility(), false, null,
                List.of(new Section("Indstilling", "At dagsordenen godkendes med en ændring."))), ADMINISTRATOR);
        ItemAmendment amended = edited.items().getFirst().amended();
        assertThat(amended.parts()).containsExactly("title");
        assertThat(amended.sections()).containsExactly("Indstilling");
        assertThat(amended.at()).isAfter(before);

        Meeting withAdded = preparation.addItem(meeting.id(), content("Nyt punkt", Visibility.OPEN), ADMINISTRATOR);
        assertThat(withAdded.items().getLast().amended().parts()).containsExactly("added");
        Meeting withdrawn = preparation.withdrawItem(meeting.id(), withAdded.items().get(1).id(), ADMINISTRATOR);
        assertThat(withdrawn.items().get(1).amended().parts()).containsExactly("withdrawn");
    }

    @Test
    void aMeetingIsEditedAndMovedUntilItStarts() {
        Meeting meeting = create("Møde", startsAt);

        Meeting edited = preparation.editDetails(meeting.id(), "Temamøde om turisme", MeetingKind.THEME, "Havnehuset",
                ADMINISTRATOR);
        assertThat(edited.title()).isEqualTo("Temamøde om turisme");
        assertThat(edited.kind()).isEqualTo(MeetingKind.THEME);
        assertThat(edited.location()).isEqualTo("Havnehuset");

        Instant later = startsAt.plus(Duration.ofDays(7));
        Meeting moved = preparation.move(meeting.id(), later, later.plus(Duration.ofHours(3)), ADMINISTRATOR);
        assertThat(moved.startsAt()).isEqualTo(later);
        assertThat(moved.endsAt()).isEqualTo(later.plus(Duration.ofHours(3)));
        assertRefused(() -> preparation.move(meeting.id(), null, null, ADMINISTRATOR), "refused.startMissing");
    }

    @Test
    void aCancelledMeetingStaysInThePlanAndTheCalendarAsCancelledAndNothingMoreHappensInIt() {
        Meeting meeting = create("Møde der aflyses", startsAt);
        preparation.publish(meeting.id(), ADMINISTRATOR);

        Meeting cancelled = preparation.cancel(meeting.id(), ADMINISTRATOR);

        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.listedStatus()).isEqualTo("CANCELLED");
        assertThat(plan.coming(council.id(), Instant.now())).extracting(Meeting::id).contains(meeting.id());
        assertThat(plan.calendar(council.id(), Instant.now())).contains("SUMMARY:Møde der aflyses")
                .contains("STATUS:CANCELLED");
        assertRefused(() -> proceedings.start(meeting.id(), ADMINISTRATOR), "refused.cancelled");
        assertRefused(() -> preparation.cancel(meeting.id(), ADMINISTRATOR), "refused.cancelled");
        assertRefused(() -> preparation.editDetails(meeting.id(), "Nyt", MeetingKind.ORDINARY, null, ADMINISTRATOR),
                "refused.cancelled");
    }

    @Test
    void aDraftIsNotInThePlanOrTheCalendar() {
        Meeting draft = create("Hemmelig kladde", startsAt);

        assertThat(plan.coming(council.id(), Instant.now())).extracting(Meeting::id).doesNotContain(draft.id());
        assertThat(plan.calendar(council.id(), Instant.now())).doesNotContain("Hemmelig kladde");
    }

    private Meeting create(String title, Instant at) {
        return preparation.create(council.id(), details(title, at), AgendaStart.STANDARD_ITEMS, ADMINISTRATOR);
    }

    private static MeetingDetails details(String title, Instant at) {
        return new MeetingDetails(title, MeetingKind.ORDINARY, at, at.plus(Duration.ofHours(2)), null);
    }

    private static ItemContent content(String title, Visibility visibility) {
        return new ItemContent(title, ItemKind.REGULAR, visibility, false, null, List.of());
    }

    private static void assertRefused(Runnable command, String messageKey) {
        assertThatThrownBy(command::run).isInstanceOf(CommandRefusedException.class)
                .extracting(refused -> ((CommandRefusedException) refused).messageKey()).isEqualTo(messageKey);
    }
}
