package dk.plenum.voting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Ballot;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.RecordedVote;
import dk.plenum.meeting.RecordedVote.Choice;
import java.util.Locale;
import java.util.Optional;

/**
 * A member's ballot on the tablet while an electronic vote is open: For, Against or Abstain in one tap, once; then
 * that their ballot was received, or that the secretariat cancelled the vote. Screen readers hear that the vote
 * opened, that the ballot was received and that the vote was cancelled. Members who do not take part in the item are
 * told why they cannot vote.
 */
@StyleSheet("styles/ballots.css")
public class BallotButtons extends Div {

    private final BallotService ballots;
    private final BallotCommands commands;
    /**
     * Made the first time a vote is shown: most of a meeting has none open, and every component costs server memory in
     * every open view of the agenda.
     */
    private Parts parts;
    private Meeting meeting;
    private Shown shown;

    public BallotButtons(BallotService ballots, BallotCommands commands) {
        this.ballots = ballots;
        this.commands = commands;
        addClassName("plenum-ballot");
        setVisible(false);
    }

    /** @param seat the viewer's place in the meeting, or null when they are not a member of it now (nothing shows) */
    public void show(Meeting shownMeeting, Participant seat) {
        this.meeting = shownMeeting;
        Ballot ballot = seat == null ? null : shownMeeting.voting().ballot();
        AgendaItem item = ballot == null ? null : shownMeeting.item(ballot.itemId()).orElse(null);
        Shown now = item == null ? cancelledOrNothing(shownMeeting) : new Shown(ballot.openedSeq(), item.id(),
                item.number(), item.title(), ballot.secret(), ballot.hasVoted(seat.memberId()),
                Participation.takesPart(shownMeeting, seat, ballot.itemId()), ballot.casts().size(),
                BallotDesk.electorate(shownMeeting, ballot), shownMeeting.voting().voteOn(item.id()), false,
                getLocale());
        if (now.equals(shown)) {
            return;
        }
        Shown before = shown;
        shown = now;
        setVisible(now != Shown.NOTHING);
        if (now == Shown.NOTHING) {
            if (parts != null) {
                parts.announcement.setText("");
            }
            return;
        }
        if (parts == null) {
            parts = new Parts();
        }
        parts.show(now, before);
    }

    /** The ballot's content. */
    private final class Parts {

        private final H2 heading = new H2();
        private final Span secret = new Span();
        private final Div choices = new Div();
        private final Paragraph state = new Paragraph();
        /** Said once to screen readers when something new happens: the vote opened, the ballot was received. */
        private final Span announcement = new Span();

        Parts() {
            heading.addClassName("plenum-ballot-heading");
            secret.addClassName("plenum-ballot-secret");
            choices.addClassName("plenum-ballot-choices");
            choices.getElement().setAttribute("role", "group");
            for (Choice choice : Choice.values()) {
                Button button = new Button();
                button.addClassName("plenum-ballot-choice");
                button.getElement().setAttribute("data-choice", choice.name());
                button.addThemeVariants(ButtonVariant.PRIMARY);
                button.addClickListener(click -> cast(choice));
                choices.add(button);
            }
            state.addClassName("plenum-ballot-state");
            announcement.addClassName("plenum-ballot-announcement");
            announcement.getElement().setAttribute("aria-live", "assertive");
            announcement.getElement().setAttribute("role", "status");
            add(heading, secret, choices, state, announcement);
        }

        void show(Shown now, Shown before) {
            if (now.cancelled()) {
                choices.setVisible(false);
                secret.setVisible(false);
                state.setText(getTranslation("ballot.cancelled"));
                announcement.setText(getTranslation("ballot.cancelled"));
                return;
            }
            heading.setText(getTranslation("ballot.heading", now.itemNumber(), now.itemTitle()));
            secret.setText(getTranslation("ballot.secretNote"));
            secret.setVisible(now.secret());
            choices.getChildren().forEach(child -> {
                Button button = (Button) child;
                button.setText(getTranslation("ballot.choice." + button.getElement().getAttribute("data-choice")));
            });
            choices.getElement().setAttribute("aria-label", heading.getText());
            choices.setVisible(now.takesPart() && !now.voted());
            state.setText(now.voted() ? getTranslation("ballot.received")
                    : now.takesPart() ? getTranslation("ballot.progress", now.cast(), now.electorate())
                    : getTranslation("ballot.notTakingPart"));
            if (before == null || before.openedSeq() != now.openedSeq()) {
                announcement.setText(getTranslation("ballot.opened", now.itemNumber()));
            } else if (now.voted() && !before.voted()) {
                announcement.setText(getTranslation("ballot.received"));
            }
        }
    }

    /**
     * No vote is open: if the one shown ended without a result on its item (the secretariat cancelled it), the member
     * is told so while the item is still current, instead of the buttons just disappearing.
     */
    private Shown cancelledOrNothing(Meeting shownMeeting) {
        boolean wasOpen = shown != null && shown != Shown.NOTHING;
        if (wasOpen && shown.itemId().equals(shownMeeting.currentItemId())
                && (shown.cancelled() || shownMeeting.voting().voteOn(shown.itemId()).equals(shown.voteBefore()))) {
            return shown.cancelled() ? shown : shown.asCancelled();
        }
        return Shown.NOTHING;
    }

    private void cast(Choice choice) {
        Meeting current = meeting;
        String itemId = current.voting().ballot().itemId();
        commands.run(actor -> ballots.cast(current.id(), itemId, choice, actor));
    }

    /** @param voteBefore the vote recorded on the item before this one opened: a close replaces it, a cancel does not */
    private record Shown(long openedSeq, String itemId, int itemNumber, String itemTitle, boolean secret,
            boolean voted, boolean takesPart, int cast, int electorate, Optional<RecordedVote> voteBefore,
            boolean cancelled, Locale locale) {

        static final Shown NOTHING = new Shown(0, "", 0, null, false, false, false, 0, 0, Optional.empty(), false,
                Locale.ROOT);

        Shown asCancelled() {
            return new Shown(openedSeq, itemId, itemNumber, itemTitle, secret, voted, takesPart, cast, electorate,
                    voteBefore, true, locale);
        }
    }
}
