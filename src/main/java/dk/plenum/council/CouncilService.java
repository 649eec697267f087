package dk.plenum.council;

import dk.plenum.council.internal.CouncilStore;
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
     * people already there keep their id (and take the role given now), new people get a new id.
     */
    public Council enrol(String councilName, Map<String, MemberRole> rolesByName) {
        Council council = store.findByName(councilName).orElseGet(() -> create(councilName));
        List<CouncilMember> members = new ArrayList<>(council.members());
        rolesByName.forEach((name, role) -> {
            CouncilMember enrolled = new CouncilMember(
                    council.memberNamed(name).map(CouncilMember::id).orElseGet(CouncilService::newId), name, role);
            members.removeIf(member -> member.id().equals(enrolled.id()));
            members.add(enrolled);
        });
        Council enrolled = new Council(council.id(), council.name(), members);
        if (!enrolled.equals(council)) {
            store.save(enrolled);
        }
        return enrolled;
    }

    private Council create(String councilName) {
        try {
            return store.insert(new Council(newId(), councilName, List.of()));
        } catch (DuplicateKeyException createdMeanwhile) {
            return store.findByName(councilName).orElseThrow();
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
