package dk.plenum.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A body that meets (råd, udvalg, byråd), with the people who belong to it. {@code description},
 * {@code defaultLocation} and {@code standardItems} prefill what the secretariat writes for each new
 * meeting; a council imported before they existed has none.
 */
public record Council(String id, String name, String description, String defaultLocation,
        List<StandardItem> standardItems, List<CouncilMember> members) {

    public Council {
        standardItems = standardItems == null ? List.of() : List.copyOf(standardItems);
        members = List.copyOf(members);
    }

    public Optional<CouncilMember> memberNamed(String name) {
        return members.stream().filter(member -> member.name().equals(name)).findFirst();
    }

    /** Who belonged to the council on {@code day}: the people a meeting on that day summons. */
    public List<CouncilMember> membersOn(LocalDate day) {
        return members.stream().filter(member -> member.belongsOn(day)).toList();
    }

    public Optional<CouncilMember> member(String memberId) {
        return members.stream().filter(member -> member.id().equals(memberId)).findFirst();
    }

    /** The same council with other members. */
    public Council withMembers(List<CouncilMember> newMembers) {
        return new Council(id, name, description, defaultLocation, standardItems, newMembers);
    }
}
