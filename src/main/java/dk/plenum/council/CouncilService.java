package dk.plenum.council;

import dk.plenum.council.internal.CouncilStore;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.CommandText;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.MemberRole;
import dk.plenum.security.Actor;
import dk.plenum.security.CouncilRoster;
import dk.plenum.security.NotAllowedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Finds councils, lets the secretariat create and edit them and their members, and enrols people an import
 * names, matching them by name so an import can be repeated. Every change reads the council, changes it and
 * writes it back only if nobody changed it meanwhile (else reads it again), so two people editing one council
 * at once both keep their change. An administrator creates councils and edits any; a council's secretariat
 * edits its own.
 */
@Service
public class CouncilService implements CouncilRoster {

    /** Imports of one council's meetings at once are few; more attempts than this means something is wrong. */
    private static final int MAX_ATTEMPTS = 20;
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2_000;
    static final int MAX_PARTY = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_STANDARD_ITEMS = 20;
    /** Something before and after one @, and a dot in the domain: enough to catch a typo, not to police. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What the secretariat writes about a council. */
    public record CouncilDetails(String name, String description, String defaultLocation,
            List<StandardItem> standardItems) {
    }

    /** What the secretariat writes about a member; the period's days are both included, null is open-ended. */
    public record MemberDetails(String name, MemberRole role, String party, String email, LocalDate memberFrom,
            LocalDate memberTo) {
    }

    private final CouncilStore store;

    CouncilService(CouncilStore store) {
        this.store = store;
    }

    public Optional<Council> find(String councilId) {
        return store.findById(councilId);
    }

    public Optional<Council> findByName(String councilName) {
        return store.findByName(councilName);
    }

    /** Every council, by name. */
    public List<Council> all() {
        return store.findAll();
    }

    /**
     * The council as {@code viewer} may see it: its secretariat (or an administrator) sees everything; anyone
     * else sees the members of today (name, role, party), without e-mail addresses or membership periods.
     */
    public Optional<Council> shownTo(Optional<Actor> viewer, String councilId, LocalDate today) {
        return find(councilId).map(council -> viewer.filter(actor -> actor.isSecretariatOf(councilId)).isPresent()
                ? council
                : council.withMembers(council.membersOn(today).stream()
                        .map(member -> new CouncilMember(member.id(), member.name(), member.role(), member.party(),
                                null, null, null))
                        .toList()));
    }

    @Override
    public boolean councilExists(String councilId) {
        return find(councilId).isPresent();
    }

    @Override
    public Optional<Person> member(String councilId, String memberId) {
        return find(councilId).flatMap(council -> council.member(String.valueOf(memberId)))
                .map(member -> new Person(member.name(), member.role()));
    }

    /** A new council; only an administrator creates one (a secretariat belongs to a council that exists). */
    public Council create(Actor actor, CouncilDetails details) {
        if (!actor.isAdministrator()) {
            throw new NotAllowedException("refused.administratorOnly");
        }
        CouncilDetails valid = valid(details);
        try {
            return store.insert(new Council(newId(), valid.name(), valid.description(), valid.defaultLocation(),
                    valid.standardItems(), List.of()));
        } catch (DuplicateKeyException nameTaken) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.councilNameTaken", valid.name());
        }
    }

    /** New name, description, place and standard items; the members stay as they are. */
    public Council edit(Actor actor, String councilId, CouncilDetails details) {
        CouncilDetails valid = valid(details);
        return change(actor, councilId, council -> new Council(council.id(), valid.name(), valid.description(),
                valid.defaultLocation(), valid.standardItems(), council.members()));
    }

    public CouncilMember addMember(Actor actor, String councilId, MemberDetails details) {
        MemberDetails valid = valid(details);
        String memberId = newId();
        change(actor, councilId, council -> {
            requireNameFree(council, valid.name(), null);
            List<CouncilMember> members = new ArrayList<>(council.members());
            members.add(memberOf(memberId, valid));
            return council.withMembers(members);
        });
        return memberOf(memberId, valid);
    }

    public CouncilMember editMember(Actor actor, String councilId, String memberId, MemberDetails details) {
        MemberDetails valid = valid(details);
        change(actor, councilId, council -> {
            requireMember(council, memberId);
            requireNameFree(council, valid.name(), memberId);
            return council.withMembers(council.members().stream()
                    .map(member -> member.id().equals(memberId) ? memberOf(memberId, valid) : member).toList());
        });
        return memberOf(memberId, valid);
    }

    /**
     * The member's last day in the council. Nobody is deleted: past meetings name the people who sat in them,
     * and the member keeps their id for a later period.
     */
    public CouncilMember endMembership(Actor actor, String councilId, String memberId, LocalDate lastDay) {
        if (lastDay == null) {
            throw new CommandRefusedException(Reason.INVALID, "refused.memberEndMissing");
        }
        Council changed = change(actor, councilId, council -> {
            CouncilMember member = requireMember(council, memberId);
            MemberDetails ended = new MemberDetails(member.name(), member.role(), member.party(), member.email(),
                    member.memberFrom(), lastDay);
            return council.withMembers(council.members().stream()
                    .map(each -> each.id().equals(memberId) ? memberOf(memberId, valid(ended)) : each).toList());
        });
        return changed.member(memberId).orElseThrow();
    }

    /**
     * The council with this name, created if it does not exist yet, with every named person enrolled:
     * people already there keep their id (and take the role given now), new people get a new id. Two imports
     * enrolling people at once both get theirs in: the one that finds the council changed since it read it
     * reads it again, and a person the other one just added keeps that id.
     */
    public Council enrol(String councilName, Map<String, MemberRole> rolesByName) {
        for (int attempt = 1; ; attempt++) {
            Council council = store.findByName(councilName).orElseGet(() -> create(councilName));
            Council enrolled = withEnrolled(council, rolesByName);
            if (enrolled.equals(council) || store.replaceIfUnchanged(council, enrolled)) {
                return enrolled;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.councilBusy", councilName);
            }
        }
    }

    /** Reads, authorises, changes and writes back unless changed meanwhile; then again, on the newer council. */
    private Council change(Actor actor, String councilId, UnaryOperator<Council> how) {
        for (int attempt = 1; ; attempt++) {
            Council council = find(councilId).orElseThrow(
                    () -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noCouncil", councilId));
            actor.requireSecretariatOf(council.id());
            Council changed = how.apply(council);
            try {
                if (changed.equals(council) || store.replaceIfUnchanged(council, changed)) {
                    return changed;
                }
            } catch (DuplicateKeyException nameTaken) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.councilNameTaken", changed.name());
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.councilChangedMeanwhile", council.name());
            }
        }
    }

    private static CouncilDetails valid(CouncilDetails details) {
        String name = CommandText.required(details.name(), "councilName", MAX_NAME);
        String description = CommandText.optional(details.description(), "description", MAX_DESCRIPTION);
        String place = CommandText.optional(details.defaultLocation(), "defaultLocation", MAX_NAME);
        List<StandardItem> items = details.standardItems() == null ? List.of() : details.standardItems();
        if (items.size() > MAX_STANDARD_ITEMS) {
            throw new CommandRefusedException(Reason.INVALID, "refused.tooManyStandardItems", MAX_STANDARD_ITEMS);
        }
        List<StandardItem> validItems = items.stream().map(item -> new StandardItem(
                CommandText.required(item.title(), "standardItem", MAX_NAME),
                item.kind() == null ? ItemKind.REGULAR : item.kind())).toList();
        return new CouncilDetails(name, description, place, validItems);
    }

    private static MemberDetails valid(MemberDetails details) {
        String name = CommandText.required(details.name(), "memberName", MAX_NAME);
        if (details.role() == null) {
            throw new CommandRefusedException(Reason.INVALID, "refused.memberRoleMissing");
        }
        String party = CommandText.optional(details.party(), "party", MAX_PARTY);
        String email = CommandText.optional(details.email(), "email", MAX_EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new CommandRefusedException(Reason.INVALID, "refused.emailInvalid", email);
        }
        if (details.memberFrom() != null && details.memberTo() != null
                && details.memberTo().isBefore(details.memberFrom())) {
            throw new CommandRefusedException(Reason.INVALID, "refused.memberPeriodBackwards", details.memberFrom(),
                    details.memberTo());
        }
        return new MemberDetails(name, details.role(), party, email, details.memberFrom(), details.memberTo());
    }

    private static CouncilMember requireMember(Council council, String memberId) {
        return council.member(String.valueOf(memberId)).orElseThrow(
                () -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noCouncilMember", memberId));
    }

    /** An import finds people by name, so two members of one council may not share one. */
    private static void requireNameFree(Council council, String name, String exceptMemberId) {
        council.memberNamed(name).filter(other -> !other.id().equals(exceptMemberId)).ifPresent(other -> {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.memberNameTaken", name);
        });
    }

    private static CouncilMember memberOf(String memberId, MemberDetails details) {
        return new CouncilMember(memberId, details.name(), details.role(), details.party(), details.email(),
                details.memberFrom(), details.memberTo());
    }

    /** People already there keep what the council knows of them and take the role given now. */
    private static Council withEnrolled(Council council, Map<String, MemberRole> rolesByName) {
        List<CouncilMember> members = new ArrayList<>(council.members());
        rolesByName.forEach((name, role) -> council.memberNamed(name).ifPresentOrElse(
                known -> members.set(members.indexOf(known), known.withRole(role)),
                () -> members.add(CouncilMember.named(newId(), name, role))));
        return council.withMembers(members);
    }

    private Council create(String councilName) {
        try {
            return store.insert(new Council(newId(), councilName, null, null, List.of(), List.of()));
        } catch (DuplicateKeyException createdMeanwhile) {
            return store.findByName(councilName).orElseThrow();
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
