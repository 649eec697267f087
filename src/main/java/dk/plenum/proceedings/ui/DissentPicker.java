package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who cannot support the recommendation ("V+F+Ø kan ikke tiltræde indstillingen"), beside the decision's free-text
 * dissent: one tap per group (by its letter) and per member (by name) of those summoned, tapped again to undo.
 */
class DissentPicker extends Div {

    private final Span partiesLabel = new Span();
    private final Div partyButtons = new Div();
    private final Span membersLabel = new Span();
    private final Div memberButtons = new Div();
    private final Set<String> parties = new LinkedHashSet<>();
    private final Set<String> memberIds = new LinkedHashSet<>();
    /** The members who may dissent, by id, in the order they were summoned, with their names. */
    private final Map<String, String> names = new LinkedHashMap<>();
    /**
     * What the buttons show, until a tap changes a choice: filling with the same again rebuilds nothing, so redrawing
     * the desk after every command does not resend every member's button.
     */
    private Offered offered;

    DissentPicker() {
        addClassName("plenum-control-dissenters");
        partyButtons.addClassName("plenum-control-dissenting-parties");
        memberButtons.addClassName("plenum-control-dissenting-members");
        partyButtons.getElement().setAttribute("role", "group");
        memberButtons.getElement().setAttribute("role", "group");
        add(partiesLabel, partyButtons, membersLabel, memberButtons);
    }

    /** The choices the meeting offers, and what {@code decision} (or null) names. */
    void fill(Meeting meeting, Decision decision) {
        names.clear();
        meeting.participants().stream().filter(participant -> participant.votes() || participant.substituteFor() != null)
                .forEach(participant -> names.put(participant.memberId(), participant.name()));
        List<String> groups = meeting.participants().stream().map(Participant::party).filter(Objects::nonNull)
                .distinct().sorted().toList();
        parties.clear();
        memberIds.clear();
        if (decision != null) {
            parties.addAll(decision.dissentingParties());
            memberIds.addAll(decision.dissentingMemberIds());
        }
        Offered now = new Offered(Map.copyOf(names), groups, Set.copyOf(parties), Set.copyOf(memberIds), getLocale());
        if (now.equals(offered)) {
            return;
        }
        offered = now;
        partiesLabel.setText(getTranslation("voting.dissent.parties"));
        membersLabel.setText(getTranslation("voting.dissent.members"));
        partyButtons.getElement().setAttribute("aria-label", partiesLabel.getText());
        memberButtons.getElement().setAttribute("aria-label", membersLabel.getText());
        partiesLabel.setVisible(!groups.isEmpty());
        partyButtons.removeAll();
        groups.forEach(group -> partyButtons.add(toggle(group, group, parties)));
        memberButtons.removeAll();
        names.forEach((memberId, name) -> memberButtons.add(toggle(name, memberId, memberIds)));
    }

    /** The groups chosen, sorted by letter. */
    List<String> parties() {
        return parties.stream().sorted().toList();
    }

    /** The members chosen, in the order they were summoned. */
    List<String> memberIds() {
        return names.keySet().stream().filter(memberIds::contains).toList();
    }

    private Button toggle(String label, String value, Set<String> chosen) {
        Button button = new Button(label);
        button.addClassName("plenum-control-dissenter");
        button.addClickListener(click -> {
            if (!chosen.remove(value)) {
                chosen.add(value);
            }
            offered = null;
            showPressed(button, chosen.contains(value));
        });
        showPressed(button, chosen.contains(value));
        return button;
    }

    /** The members and groups offered, those chosen, and the language of the labels. */
    private record Offered(Map<String, String> names, List<String> groups, Set<String> parties, Set<String> memberIds,
            Locale locale) {
    }

    private static void showPressed(Button button, boolean pressed) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        if (pressed) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }
}
