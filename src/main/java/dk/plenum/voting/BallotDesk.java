package dk.plenum.voting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dk.plenum.meeting.Ballot;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.shell.SafeConfirm;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The electronic vote on the chosen item, on the control desk: open it on the tablets (named, or a secret ballot) in
 * one tap, follow how many of those taking part have voted (and, in a named vote, the running count per choice),
 * close it in one tap, or cancel one opened by mistake (after a confirm: its ballots are discarded). A secret ballot shows only how many have voted: a running count would tell anyone watching
 * the order of arrivals who voted what.
 */
@StyleSheet("styles/ballots.css")
public class BallotDesk extends Div {

    private final BallotService ballots;
    private final BallotCommands commands;
    private final H3 heading = new H3();
    private final Button openNamed = new Button();
    private final Button openSecret = new Button();
    private final Paragraph progress = new Paragraph();
    private final Paragraph count = new Paragraph();
    private final Paragraph elsewhere = new Paragraph();
    private final Button close = new Button();
    private final Button cancel = new Button();
    private final Div opening = new Div(openNamed, openSecret);
    private final Div closing = new Div(close, cancel);
    private String meetingId;
    private String itemId;
    private Shown shown;

    public BallotDesk(BallotService ballots, BallotCommands commands) {
        this.ballots = ballots;
        this.commands = commands;
        addClassName("plenum-ballot-desk");
        openNamed.addClassName("plenum-ballot-open");
        openNamed.addThemeVariants(ButtonVariant.PRIMARY);
        openNamed.addClickListener(click -> open(false));
        openSecret.addClassName("plenum-ballot-open-secret");
        openSecret.addClickListener(click -> open(true));
        progress.addClassName("plenum-ballot-progress");
        progress.getElement().setAttribute("role", "status");
        count.addClassName("plenum-ballot-count");
        elsewhere.addClassName("plenum-ballot-elsewhere");
        close.addClassName("plenum-ballot-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        close.addClickListener(click -> {
            String meeting = meetingId;
            String item = itemId;
            commands.run(actor -> ballots.close(meeting, item, actor));
        });
        cancel.addClassName("plenum-ballot-cancel");
        cancel.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        cancel.addClickListener(click -> confirmCancel());
        opening.addClassName("plenum-ballot-buttons");
        closing.addClassName("plenum-ballot-buttons");
        add(heading, opening, progress, count, elsewhere, closing);
        setVisible(false);
    }

    /** Shows the vote on the item chosen on the desk; nothing when none is chosen or the meeting is not running. */
    public void show(Meeting meeting, String chosenItemId) {
        meetingId = meeting.id();
        itemId = chosenItemId;
        Ballot ballot = meeting.voting().ballot();
        boolean running = meeting.inSession();
        boolean here = ballot != null && ballot.itemId().equals(chosenItemId);
        Shown now = new Shown(chosenItemId, running, here ? ballot : null,
                ballot == null || here ? 0 : meeting.item(ballot.itemId()).map(item -> item.number()).orElse(0),
                here ? electorate(meeting, ballot) : 0, getLocale());
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        setVisible(chosenItemId != null && (running || here));
        heading.setText(getTranslation(here && ballot.secret() ? "ballot.secret" : "ballot.title"));
        openNamed.setText(getTranslation("ballot.open"));
        openSecret.setText(getTranslation("ballot.openSecret"));
        opening.setVisible(running && ballot == null);
        progress.setText(here ? getTranslation("ballot.progress", ballot.casts().size(), now.electorate()) : "");
        progress.setVisible(here);
        count.setText(here && !ballot.secret() ? getTranslation("ballot.runningCount", ballot.count(Choice.FOR),
                ballot.count(Choice.AGAINST), ballot.count(Choice.ABSTAIN)) : "");
        count.setVisible(here && !ballot.secret());
        elsewhere.setText(now.elsewhereNumber() > 0 ? getTranslation("ballot.openElsewhere", now.elsewhereNumber())
                : "");
        elsewhere.setVisible(now.elsewhereNumber() > 0);
        close.setText(getTranslation("ballot.close"));
        cancel.setText(getTranslation("ballot.cancel"));
        closing.setVisible(here);
    }

    /**
     * Asks before cancelling, saying how many ballots are discarded; the safe button has the focus, so Enter on a
     * tablet's keyboard keeps the vote.
     */
    private void confirmCancel() {
        String meeting = meetingId;
        String item = itemId;
        Ballot ballot = shown == null ? null : shown.ballot();
        int cast = ballot == null ? 0 : ballot.casts().size();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("ballot.cancel.title"),
                getTranslation("ballot.cancel.text", cast), getTranslation("ballot.cancel.confirm"),
                confirmed -> commands.run(actor -> ballots.cancel(meeting, item, actor)));
        confirm.addClassName("plenum-ballot-cancel-dialog");
        confirm.setCancelText(getTranslation("ballot.cancel.keep"));
        confirm.setConfirmButtonTheme("error primary");
        SafeConfirm.open(confirm);
    }

    private void open(boolean secret) {
        String meeting = meetingId;
        String item = itemId;
        commands.run(actor -> ballots.open(meeting, item, secret, actor));
    }

    /** Everyone who may vote now or has voted: those taking part in the item, and any voter who has left since. */
    static int electorate(Meeting meeting, Ballot ballot) {
        Set<String> voters = new LinkedHashSet<>();
        Participation.takingPart(meeting, ballot.itemId()).stream().map(Participant::memberId).forEach(voters::add);
        ballot.casts().forEach(cast -> voters.add(cast.memberId()));
        return voters.size();
    }

    private record Shown(String itemId, boolean running, Ballot ballot, int elsewhereNumber, int electorate,
            Locale locale) {
    }
}
