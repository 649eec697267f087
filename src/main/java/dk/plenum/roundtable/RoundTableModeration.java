package dk.plenum.roundtable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.RoundTablePost;
import dk.plenum.security.Actor;
import dk.plenum.shell.SafeConfirm;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The members' round-the-table posts on the control desk, as they come: the secretariat reads them and removes an
 * improper one (after a confirm), which takes it off every channel. Shown only for a meeting with a round-the-table
 * item; a new post is announced to screen readers.
 */
public final class RoundTableModeration extends Div {

    private final RoundTableService roundTable;
    private final Predicate<Function<Actor, Meeting>> run;
    private final H2 heading = new H2();
    private final Div list = new Div();
    private final Span announcer = new Span();
    private List<RoundTablePost> shown;
    private boolean shownOpen;
    private Locale shownLocale;

    /** {@code run}: runs a command as the viewer, says a refusal, and tells whether it went through. */
    public RoundTableModeration(RoundTableService roundTable, Predicate<Function<Actor, Meeting>> run) {
        this.roundTable = roundTable;
        this.run = run;
        addClassName("plenum-control-roundtable");
        list.addClassName("plenum-control-roundtable-list");
        announcer.addClassName("plenum-visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        add(heading, list, announcer);
        setVisible(false);
    }

    public void show(Meeting meeting) {
        setVisible(meeting.items().stream().anyMatch(item -> item.kind() == ItemKind.ROUND_THE_TABLE));
        List<RoundTablePost> posts = meeting.roundTable();
        // Posts may be removed until the meeting closes (RoundTableService#withdraw).
        boolean open = meeting.status() != MeetingStatus.CLOSED;
        if (posts.equals(shown) && open == shownOpen && getLocale().equals(shownLocale)) {
            return;
        }
        if (shown != null) {
            posts.stream().filter(post -> !shown.contains(post)).reduce((first, last) -> last).ifPresent(post ->
                    announcer.setText(getTranslation("control.roundTable.announceNew", meeting.nameOf(post.memberId()))));
        }
        shown = posts;
        shownOpen = open;
        shownLocale = getLocale();
        heading.setText(getTranslation("control.roundTable.title"));
        list.removeAll();
        if (posts.isEmpty()) {
            list.add(new Paragraph(getTranslation("control.roundTable.empty")));
        }
        posts.forEach(post -> list.add(row(meeting, post, open)));
    }

    private Div row(Meeting meeting, RoundTablePost post, boolean open) {
        Paragraph who = new Paragraph(meeting.nameOf(post.memberId()) + " · "
                + MeetingTimes.timeRange(post.postedAt(), null, getLocale()));
        who.addClassName("plenum-control-roundtable-who");
        Paragraph text = new Paragraph(post.text());
        text.addClassName("plenum-control-roundtable-text");
        Div row = new Div(who, text);
        row.addClassName("plenum-control-roundtable-post");
        row.getElement().setAttribute("data-post-id", post.id());
        if (open) {
            Button remove = new Button(getTranslation("control.roundTable.remove"), click -> confirmRemove(meeting, post));
            remove.addClassName("plenum-control-roundtable-remove");
            remove.getElement().setAttribute("aria-label",
                    getTranslation("control.roundTable.removeLabel", meeting.nameOf(post.memberId())));
            row.add(remove);
        }
        return row;
    }

    /** Removing cannot be undone, and the member sees their post go: the safe button has the focus. */
    private void confirmRemove(Meeting meeting, RoundTablePost post) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("control.roundTable.removeTitle"),
                getTranslation("control.roundTable.removeText", meeting.nameOf(post.memberId())),
                getTranslation("control.roundTable.removeConfirm"),
                confirmed -> run.test(actor -> roundTable.withdraw(meeting.id(), post.id(), actor)));
        confirm.addClassName("plenum-control-roundtable-remove-dialog");
        confirm.setCancelText(getTranslation("control.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        SafeConfirm.open(confirm);
    }
}
