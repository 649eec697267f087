package dk.plenum.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.VoteSentence;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Under an item: who is inhabil on it, its recorded vote, and whether its decision was made without quorum and who
 * cannot support it, as the viewer may see them (the meeting is already
 * cut by the visibility rules); and for a member, one tap to declare themself inhabil on it. Changes are announced
 * politely to screen readers.
 */
class ItemVotingInfo extends Div {

    private final String itemId;
    private final Paragraph conflicts = new Paragraph();
    private final Paragraph vote = new Paragraph();
    private final Paragraph decisionNotes = new Paragraph();
    private final Paragraph ownConflict = new Paragraph();
    private final Button declare = new Button();
    private Shown shown;

    ItemVotingInfo(String itemId, Consumer<String> onDeclare) {
        this.itemId = itemId;
        addClassName("plenum-item-voting");
        getElement().setAttribute("data-voting-item-id", itemId);
        getElement().setAttribute("aria-live", "polite");
        conflicts.addClassName("plenum-item-conflicts");
        vote.addClassName("plenum-item-vote");
        decisionNotes.addClassName("plenum-item-decision-notes");
        ownConflict.addClassName("plenum-own-conflict");
        declare.addClassName("plenum-declare-conflict");
        declare.addClickListener(click -> onDeclare.accept(itemId));
        add(conflicts, vote, decisionNotes, ownConflict, declare);
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
        conflicts.setText(inhabil.isEmpty() ? "" : getTranslation("voting.conflicts") + ": "
                + String.join(", ", inhabil.stream().map(name -> getTranslation("voting.conflict.of", name)).toList()));
        conflicts.setVisible(!inhabil.isEmpty());
        vote.setText(voteText);
        vote.setVisible(!voteText.isEmpty());
        decisionNotes.setText(notes);
        decisionNotes.setVisible(!notes.isEmpty());
        ownConflict.setText(getTranslation("voting.conflict.declared"));
        ownConflict.setVisible(declared);
        declare.setText(getTranslation("voting.conflict.declare"));
        declare.setVisible(mayDeclare && !declared);
        setVisible(!inhabil.isEmpty() || !voteText.isEmpty() || !notes.isEmpty() || mayDeclare);
    }

    private record Shown(List<String> inhabil, String vote, String notes, boolean mayDeclare, boolean declared, Locale locale) {
    }
}
