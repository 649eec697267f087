package dk.plenum.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.plenum.council.CouncilService.CouncilDetails;
import dk.plenum.council.CouncilService.MemberDetails;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.MemberRole;
import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import dk.plenum.security.NotAllowedException;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat creates and edits councils and their members: an administrator creates councils and edits
 * any, a council's secretariat only its own; every refusal names what is wrong and stores nothing; members are
 * never deleted, only their membership ended; edits made at once all land.
 */
@PlenumTest
class CouncilAdministrationTest {

    static final Actor ADMINISTRATOR = ImportedMeetings.SECRETARIAT;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Autowired
    CouncilService councils;

    private Council newCouncil() {
        return councils.create(ADMINISTRATOR, new CouncilDetails("Råd " + UUID.randomUUID(), "Erhvervsfremme",
                "Stigsborg", StandardItem.USUAL));
    }

    private static Actor secretaryOf(Council council) {
        return new Actor("sekretær-" + council.id(), "Sekretær", AccountRole.SECRETARIAT, council.id(), null);
    }

    private static MemberDetails member(String name, MemberRole role) {
        return new MemberDetails(name, role, "V", name.split(" ")[0].toLowerCase() + "@example.dk", null, null);
    }

    @Test
    void anAdministratorCreatesACouncilWithTheUsualStandardItems() {
        Council created = newCouncil();

        Council stored = councils.find(created.id()).orElseThrow();
        assertThat(stored.description()).isEqualTo("Erhvervsfremme");
        assertThat(stored.defaultLocation()).isEqualTo("Stigsborg");
        assertThat(stored.standardItems()).containsExactly(
                new StandardItem("Godkendelse af dagsorden", ItemKind.REGULAR),
                new StandardItem("Bordet rundt", ItemKind.ROUND_THE_TABLE),
                new StandardItem("Eventuelt", ItemKind.REGULAR));
        assertThat(councils.all()).extracting(Council::id).contains(created.id());
    }

    @Test
    void onlyAnAdministratorCreatesACouncil() {
        Council own = newCouncil();

        assertRefused(() -> councils.create(secretaryOf(own), new CouncilDetails("Nyt " + UUID.randomUUID(), null,
                null, List.of())), Reason.FORBIDDEN, "refused.administratorOnly");
    }

    @Test
    void aCouncilsSecretariatEditsItsOwnCouncilAndIsRefusedOnAnother() {
        Council own = newCouncil();
        Council other = newCouncil();
        Actor secretary = secretaryOf(own);

        councils.edit(secretary, own.id(), new CouncilDetails(own.name(), "Ny beskrivelse", "Rådhuset",
                List.of(new StandardItem("Eventuelt", ItemKind.REGULAR))));
        councils.addMember(secretary, own.id(), member("Lasse Frimand Jensen", MemberRole.CHAIR));

        assertThat(councils.find(own.id()).orElseThrow().description()).isEqualTo("Ny beskrivelse");
        assertRefused(() -> councils.edit(secretary, other.id(), new CouncilDetails(other.name(), "Kapret", null,
                List.of())), Reason.FORBIDDEN, "refused.otherCouncil");
        assertRefused(() -> councils.addMember(secretary, other.id(), member("Kasper Ibsen", MemberRole.MEMBER)),
                Reason.FORBIDDEN, "refused.otherCouncil");
        Actor member = new Actor("kirsten", "Kirsten", AccountRole.MEMBER, own.id(), "x");
        assertRefused(() -> councils.addMember(member, own.id(), member("Kasper Ibsen", MemberRole.MEMBER)),
                Reason.FORBIDDEN, "refused.secretariatOnly");
        assertThat(councils.find(other.id()).orElseThrow()).isEqualTo(other);
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsStored() {
        Council council = newCouncil();
        councils.addMember(ADMINISTRATOR, council.id(), member("Lasse Frimand Jensen", MemberRole.CHAIR));
        Council before = councils.find(council.id()).orElseThrow();

        assertRefused(() -> councils.edit(ADMINISTRATOR, council.id(), new CouncilDetails("  ", null, null, List.of())),
                Reason.INVALID, "refused.textEmpty");
        assertRefused(() -> councils.create(ADMINISTRATOR, new CouncilDetails(council.name(), null, null, List.of())),
                Reason.CONFLICT, "refused.councilNameTaken");
        assertRefused(() -> councils.addMember(ADMINISTRATOR, council.id(), new MemberDetails("Ulla", MemberRole.MEMBER,
                null, "ulla.example.dk", null, null)), Reason.INVALID, "refused.emailInvalid");
        assertRefused(() -> councils.addMember(ADMINISTRATOR, council.id(), new MemberDetails("Ulla", MemberRole.MEMBER,
                null, null, TODAY, TODAY.minusDays(1))), Reason.INVALID, "refused.memberPeriodBackwards");
        assertRefused(() -> councils.addMember(ADMINISTRATOR, council.id(), new MemberDetails("Ulla", null, null, null,
                null, null)), Reason.INVALID, "refused.memberRoleMissing");
        assertRefused(() -> councils.addMember(ADMINISTRATOR, council.id(), member("Lasse Frimand Jensen",
                MemberRole.MEMBER)), Reason.CONFLICT, "refused.memberNameTaken");
        assertRefused(() -> councils.editMember(ADMINISTRATOR, council.id(), "no-such-member", member("Ulla",
                MemberRole.MEMBER)), Reason.NOT_FOUND, "refused.noCouncilMember");
        assertRefused(() -> councils.edit(ADMINISTRATOR, "no-such-council", new CouncilDetails("X", null, null,
                List.of())), Reason.NOT_FOUND, "refused.noCouncil");

        assertThat(councils.find(council.id()).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anEndedMembershipKeepsThePersonButNotInTheCouncilOfLaterDays() {
        Council council = newCouncil();
        CouncilMember ulla = councils.addMember(ADMINISTRATOR, council.id(), new MemberDetails("Ulla Bach",
                MemberRole.VICE_CHAIR, "A", "ulla@example.dk", TODAY.minusYears(2), null));

        councils.endMembership(ADMINISTRATOR, council.id(), ulla.id(), TODAY.minusDays(1));

        Council stored = councils.find(council.id()).orElseThrow();
        assertThat(stored.member(ulla.id()).orElseThrow().memberTo()).isEqualTo(TODAY.minusDays(1));
        assertThat(stored.membersOn(TODAY.minusDays(1))).extracting(CouncilMember::id).contains(ulla.id());
        assertThat(stored.membersOn(TODAY)).extracting(CouncilMember::id).doesNotContain(ulla.id());
        assertRefused(() -> councils.endMembership(ADMINISTRATOR, council.id(), ulla.id(), TODAY.minusYears(3)),
                Reason.INVALID, "refused.memberPeriodBackwards");
    }

    /** E-mail addresses, periods and former members are the secretariat's; the public and members see today's. */
    @Test
    void onlyTheCouncilsSecretariatSeesEmailsPeriodsAndFormerMembers() {
        Council council = newCouncil();
        councils.addMember(ADMINISTRATOR, council.id(), new MemberDetails("Lasse Frimand Jensen", MemberRole.CHAIR,
                "V", "lasse@example.dk", TODAY.minusYears(1), null));
        councils.addMember(ADMINISTRATOR, council.id(), new MemberDetails("Tidligere Medlem", MemberRole.MEMBER,
                null, "tidl@example.dk", TODAY.minusYears(5), TODAY.minusYears(1)));
        Actor otherSecretary = secretaryOf(newCouncil());

        for (Optional<Actor> outsider : List.of(Optional.<Actor>empty(), Optional.of(otherSecretary))) {
            Council shown = councils.shownTo(outsider, council.id(), TODAY).orElseThrow();
            assertThat(shown.members()).singleElement().satisfies(lasse -> {
                assertThat(lasse.name()).isEqualTo("Lasse Frimand Jensen");
                assertThat(lasse.party()).isEqualTo("V");
                assertThat(lasse.email()).isNull();
                assertThat(lasse.memberFrom()).isNull();
            });
        }
        Council forSecretariat = councils.shownTo(Optional.of(secretaryOf(council)), council.id(), TODAY).orElseThrow();
        assertThat(forSecretariat.members()).extracting(CouncilMember::email)
                .containsExactlyInAnyOrder("lasse@example.dk", "tidl@example.dk");
    }

    @Test
    void membersAddedAtOnceByTwoSecretariesAllLand() throws Exception {
        Council council = newCouncil();
        int editors = 6;
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(editors)) {
            List<Future<CouncilMember>> added = IntStream.range(0, editors).mapToObj(k -> pool.submit(() -> {
                go.await();
                return councils.addMember(k % 2 == 0 ? ADMINISTRATOR : secretaryOf(council), council.id(),
                        member("Medlem " + k, MemberRole.MEMBER));
            })).toList();
            go.countDown();
            for (Future<CouncilMember> each : added) {
                each.get();
            }
        }

        assertThat(councils.find(council.id()).orElseThrow().members()).extracting(CouncilMember::name)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, editors).mapToObj(k -> "Medlem " + k).toList());
    }

    private static void assertRefused(Runnable command, Reason reason, String messageKey) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(CommandRefusedException.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
        if (reason == Reason.FORBIDDEN) {
            assertThatThrownBy(command::run).isInstanceOf(NotAllowedException.class);
        }
    }
}
