package dk.plenum.protocol;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.ProtocolEntry;
import dk.plenum.meeting.ProtocolEntryState;
import dk.plenum.security.Actor;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The protocol entries waiting for a decision, for whoever decides them: the secretariat on the control desk, the
 * chair on the tablet. Each with its item, author and text, to accept or to refuse with a note. A new entry is
 * announced to screen readers.
 */
public final class ProtocolEntryQueue extends Div {

    private final ProtocolEntryService entries;
    private final Predicate<Function<Actor, Meeting>> run;
    private final H2 heading = new H2();
    private final Div list = new Div();
    private final Span announcer = new Span();
    private List<ProtocolEntry> shown;
    private Locale shownLocale;

    /** {@code run}: runs a command as the viewer, says a refusal, and tells whether it went through. */
    public ProtocolEntryQueue(ProtocolEntryService entries, Predicate<Function<Actor, Meeting>> run) {
        this.entries = entries;
        this.run = run;
        addClassName("plenum-control-protocol");
        list.addClassName("plenum-control-protocol-list");
        announcer.addClassName("plenum-visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        add(heading, list, announcer);
    }

    /** Draws the meeting's waiting entries, as far as the viewer's copy of {@code meeting} holds them. */
    public void show(Meeting meeting) {
        List<ProtocolEntry> pending = meeting.protocolEntries().stream()
                .filter(entry -> entry.state() == ProtocolEntryState.PENDING).toList();
        if (pending.equals(shown) && getLocale().equals(shownLocale)) {
            return;
        }
        if (shown != null) {
            pending.stream().filter(entry -> !shown.contains(entry)).reduce((first, last) -> last)
                    .ifPresent(entry -> announcer.setText(getTranslation("protocol.announceNew",
                            name(meeting, entry), itemNumber(meeting, entry))));
        }
        shown = pending;
        shownLocale = getLocale();
        heading.setText(getTranslation("protocol.queue"));
        list.removeAll();
        if (pending.isEmpty()) {
            list.add(new Paragraph(getTranslation("protocol.queueEmpty")));
        }
        pending.forEach(entry -> list.add(row(meeting, entry)));
    }

    private Div row(Meeting meeting, ProtocolEntry entry) {
        Paragraph who = new Paragraph(getTranslation("protocol.queueItem", itemNumber(meeting, entry),
                name(meeting, entry)));
        who.addClassName("plenum-control-protocol-who");
        Paragraph text = new Paragraph(entry.text());
        text.addClassName("plenum-control-protocol-text");
        Button accept = new Button(getTranslation("protocol.accept"), click -> {
            if (run.test(actor -> entries.accept(meeting.id(), entry.id(), actor))) {
                done("protocol.acceptedDone", meeting, entry);
            }
        });
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.addClassName("plenum-control-protocol-accept");
        Button refuse = new Button(getTranslation("protocol.refuse"), click -> openRefusal(meeting, entry));
        refuse.addClassName("plenum-control-protocol-refuse");
        Div buttons = new Div(accept, refuse);
        buttons.addClassName("plenum-control-protocol-buttons");
        Div row = new Div(who, text, buttons);
        row.addClassName("plenum-control-protocol-entry");
        row.getElement().setAttribute("data-entry-id", entry.id());
        return row;
    }

    private void openRefusal(Meeting meeting, ProtocolEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("protocol.refuse"));
        dialog.addClassName("plenum-protocol-refusal-dialog");
        TextArea note = new TextArea(getTranslation("protocol.refuseNote"));
        note.setMaxLength(ProtocolEntryService.MAX_NOTE);
        note.setRequiredIndicatorVisible(true);
        note.setHelperText(getTranslation("protocol.refuseNoteHelp", name(meeting, entry)));
        note.setWidthFull();
        note.addClassName("plenum-protocol-note");
        note.addValueChangeListener(typed -> note.setInvalid(false));
        Button confirm = new Button(getTranslation("protocol.refuseConfirm"), click -> {
            // Said at the field, before anything is sent: the author reads the note, so a refusal needs one.
            if (note.getValue().isBlank()) {
                note.setErrorMessage(getTranslation("protocol.refuseNoteMissing"));
                note.setInvalid(true);
                note.focus();
                return;
            }
            if (run.test(actor -> entries.refuse(meeting.id(), entry.id(), note.getValue(), actor))) {
                dialog.close();
                done("protocol.refusedDone", meeting, entry);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClassName("plenum-protocol-refuse-confirm");
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("protocol.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        note.focus();
    }

    /** Says what was done, and that the author sees it on the tablet at once (their entry there shows its state). */
    private void done(String key, Meeting meeting, ProtocolEntry entry) {
        Notification notice = Notification.show(getTranslation(key, name(meeting, entry), itemNumber(meeting, entry)));
        notice.addClassName("plenum-protocol-done");
    }

    private static String name(Meeting meeting, ProtocolEntry entry) {
        return meeting.nameOf(entry.memberId());
    }

    private static int itemNumber(Meeting meeting, ProtocolEntry entry) {
        return meeting.item(entry.itemId()).map(item -> item.number()).orElse(0);
    }
}
