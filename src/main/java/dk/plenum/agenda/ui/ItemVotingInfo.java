package dk.plenum.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.VoteSentence;
import dk.plenum.shell.Markup;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * Under an item: who is inhabil on it, its recorded vote, and whether its decision was made without quorum and who
 * cannot support it, as the viewer may see them (the meeting is already
 * cut by the visibility rules); and for a member, one tap to declare themself inhabil on it. Changes are announced
 * politely to screen readers.
 */
class ItemVotingInfo extends Div {

    private final String itemId;
    /** Who is inhabil, the vote, the decision's notes and the viewer's own conflict: they only display, so markup. */
    private final Div facts = new Div();
    private final Button declare = new Button();
    private Shown shown;

    ItemVotingInfo(String itemId, Consumer<String> onDeclare) {
        this.itemId = itemId;
        addClassName("plenum-item-voting");
        getElement().setAttribute("data-voting-item-id", itemId);
        getElement().setAttribute("aria-live", "polite");
        declare.addClassName("plenum-declare-conflict");
        declare.addClickListener(click -> onDeclare.accept(itemId));
        add(facts, declare);
    }

    /** @param seat the viewer's place in the meeting, or null when they do not take part in it as a member */
    void show(Meeting meeting, Participant seat) {
        List<String> inhabil = meeting.voting().conflictedOn(itemId).stream()
                .map(memberId -> meeting.nameOf(memberId)).toList();
        String voteText = meeting.voting().voteOn(itemId)
                .map(recorded -> getTranslation("voting.vote.recorded", VoteSentence.of(meeting, recorded, getLocale())))
                .orElse("");
        Decision decision = meeting.item(itemId).map(AgendaItem::decision).orElse(null);
        String notes = decision == null ? "" : String.join(" ", Stream.concat(
                decision.withoutQuorum() ? Stream.of(getTranslation("minutes.withoutQuorum")) : Stream.empty(),
                VoteSentence.dissenters(meeting, decision, getLocale()).stream()).toList());
        boolean mayDeclare = seat != null && (seat.votes() || seat.substituteFor() != null)
                && meeting.status() != MeetingStatus.CLOSED && meeting.status() != MeetingStatus.CANCELLED;
        boolean declared = seat != null && meeting.voting().isConflicted(itemId, seat.memberId());
        Shown now = new Shown(inhabil, voteText, notes, mayDeclare, declared, getLocale());
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        Element fragment = Markup.fragment();
        if (!inhabil.isEmpty()) {
            appendFact(fragment, "plenum-item-conflicts", getTranslation("voting.conflicts") + ": "
                    + String.join(", ", inhabil.stream().map(name -> getTranslation("voting.conflict.of", name)).toList()));
        }
        if (!voteText.isEmpty()) {
            appendFact(fragment, "plenum-item-vote", voteText);
        }
        if (!notes.isEmpty()) {
            appendFact(fragment, "plenum-item-decision-notes", notes);
        }
        if (declared) {
            appendFact(fragment, "plenum-own-conflict", getTranslation("voting.conflict.declared"));
        }
        Markup.showIn(facts, fragment);
        declare.setText(getTranslation("voting.conflict.declare"));
        declare.setVisible(mayDeclare && !declared);
        setVisible(!inhabil.isEmpty() || !voteText.isEmpty() || !notes.isEmpty() || mayDeclare);
    }

    private static void appendFact(Element parent, String className, String text) {
        parent.appendElement("p").addClass(className).text(text);
    }

    private record Shown(List<String> inhabil, String vote, String notes, boolean mayDeclare, boolean declared, Locale locale) {
    }
}
