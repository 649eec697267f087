package dk.plenum.council;

import dk.plenum.council.internal.CouncilStore;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.MemberRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Finds councils and enrols people in them, matching people by name so an import can be repeated. */
@Service
public class CouncilService {

    /** Imports of one council's meetings at once are few; more attempts than this means something is wrong. */
    private static final int MAX_ATTEMPTS = 20;

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
