package dk.plenum.council;

import java.util.List;
import java.util.Optional;

/** A body that meets (råd, udvalg, byråd), with the people who belong to it. */
public record Council(String id, String name, List<CouncilMember> members) {

    public Council {
        members = List.copyOf(members);
    }

    public Optional<CouncilMember> memberNamed(String name) {
        return members.stream().filter(member -> member.name().equals(name)).findFirst();
    }
}
