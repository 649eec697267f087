package dk.plenum.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.ProtocolEntry;
import dk.plenum.meeting.ProtocolEntryState;
import dk.plenum.protocol.ProtocolEntryService;
import dk.plenum.shell.Badges;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An item's protocol entries (protokoltilførsler) as the viewer may see them: the accepted ones with their authors,
 * and to a member taking part their own entries with how each stands, and the button to ask for one while the item
 * takes entries. A member's own entry being accepted or refused is announced to screen readers.
 */
class ProtocolEntryPanel extends Div {

    /** Asks for an entry as the logged-in member; says whether it was stored (a refusal has been shown if not). */
    interface Requesting {
        boolean request(String itemId, String text);
    }

    private final String itemId;
    private final Requesting requesting;
    /** Made when the panel first shows something: most members' opened cards never show it. */
    private Parts parts;
    /** How the viewer's own entries stood when last drawn: a change of state is announced. */
    private final Map<String, ProtocolEntryState> ownStates = new HashMap<>();
    private Shown shown;

    ProtocolEntryPanel(String itemId, Requesting requesting) {
        this.itemId = itemId;
        this.requesting = requesting;
        addClassName("plenum-protocol-entries");
        setVisible(false);
    }

    /** {@code seat}: the viewer's place in the meeting, or null when they take no part in it as a member. */
    void show(Meeting meeting, AgendaItem item, Participant seat, Locale locale) {
        List<ProtocolEntry> visible = meeting.protocolEntries().stream()
                .filter(entry -> entry.itemId().equals(itemId)).toList();
        String viewerId = seat == null ? null : seat.memberId();
        boolean mayAsk = seat != null && ProtocolEntryService.mayAskOn(meeting, seat, item);
        Shown now = new Shown(visible, mayAsk, viewerId, item.number(), locale);
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        boolean showsSomething = mayAsk || !visible.isEmpty();
        setVisible(showsSomething);
        if (showsSomething && parts == null) {
            parts = new Parts();
        }
        announceChanges(visible, viewerId, item.number());
        if (parts != null) {
            parts.show(meeting, visible, viewerId, mayAsk, item.number());
        }
    }

    private ListItem ownEntry(ProtocolEntry entry) {
        Span state = Badges.badge(getTranslation("protocol.state." + entry.state()),
                entry.state() == ProtocolEntryState.REFUSED ? Badges.Tone.CLOSED : Badges.Tone.INFO);
        state.addClassName("plenum-protocol-state");
        ListItem line = new ListItem(state, new Span(" " + entry.text()));
        if (entry.refusalNote() != null) {
            Span note = new Span(getTranslation("protocol.refusedBecause", entry.refusalNote()));
            note.addClassName("plenum-protocol-refusal");
            line.add(note);
        }
        line.addClassName("plenum-protocol-entry");
        line.getElement().setAttribute("data-state", entry.state().name());
        return line;
    }

    /** The viewer's own entries that were accepted or refused since the last drawing, said once by screen readers. */
    private void announceChanges(List<ProtocolEntry> visible, String viewerId, int itemNumber) {
        visible.stream().filter(entry -> entry.memberId().equals(viewerId)).forEach(entry -> {
            ProtocolEntryState before = ownStates.put(entry.id(), entry.state());
            if (before == ProtocolEntryState.PENDING && entry.state() != ProtocolEntryState.PENDING && parts != null) {
                parts.announcer.setText(getTranslation("protocol.announce." + entry.state(), itemNumber));
            }
        });
    }

    private void openDialog() {
        Dialog dialog = new Dialog();
        dialog.addClassName("plenum-protocol-dialog");
        dialog.setHeaderTitle(getTranslation("protocol.request"));
        dialog.setWidth("min(40rem, 100vw)");
        TextArea text = new TextArea(getTranslation("protocol.text"));
        text.setMaxLength(ProtocolEntryService.MAX_TEXT);
        text.setHelperText(getTranslation("protocol.textHelp", ProtocolEntryService.MAX_TEXT));
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.addClassName("plenum-protocol-text");
        Button send = new Button(getTranslation("protocol.send"), click -> {
            if (requesting.request(itemId, text.getValue())) {
                dialog.close();
                Notification.show(getTranslation("protocol.sent"));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("plenum-protocol-send");
        Button cancel = new Button(getTranslation("protocol.cancel"), click -> dialog.close());
        dialog.add(text);
        dialog.getFooter().add(cancel, send);
        dialog.open();
        text.focus();
    }

    private static String name(Meeting meeting, String memberId) {
        return meeting.participant(memberId).map(Participant::name).orElse(Objects.toString(memberId, ""));
    }

    /** The panel's content: the entries, the button to ask for one, and the announcer of the viewer's own. */
    private final class Parts {

        private final Div entries = new Div();
        private final Button ask = new Button();
        private final Span announcer = new Span();

        Parts() {
            ask.addClassName("plenum-protocol-ask");
            ask.addThemeVariants(ButtonVariant.PRIMARY);
            ask.addClickListener(click -> openDialog());
            announcer.addClassName("plenum-visually-hidden");
            announcer.getElement().setAttribute("aria-live", "polite");
            add(entries, ask, announcer);
        }

        void show(Meeting meeting, List<ProtocolEntry> visible, String viewerId, boolean mayAsk, int itemNumber) {
            entries.removeAll();
            List<ProtocolEntry> accepted = visible.stream().filter(ProtocolEntry::isAccepted).toList();
            if (!accepted.isEmpty()) {
                UnorderedList list = new UnorderedList();
                list.addClassName("plenum-protocol-accepted");
                accepted.forEach(entry -> list.add(new ListItem(
                        getTranslation("protocol.entryBy", name(meeting, entry.memberId()), entry.text()))));
                entries.add(new H3(getTranslation("protocol.accepted")), list);
            }
            List<ProtocolEntry> own = visible.stream()
                    .filter(entry -> !entry.isAccepted() && entry.memberId().equals(viewerId)).toList();
            if (!own.isEmpty()) {
                UnorderedList list = new UnorderedList();
                list.addClassName("plenum-protocol-own");
                own.forEach(entry -> list.add(ownEntry(entry)));
                entries.add(new H3(getTranslation("protocol.yours")), list);
            }
            ask.setText(getTranslation("protocol.request"));
            ask.setAriaLabel(getTranslation("protocol.requestLabel", itemNumber));
            ask.setVisible(mayAsk);
        }
    }

    /** Everything the panel shows. */
    private record Shown(List<ProtocolEntry> entries, boolean mayAsk, String viewerId, int itemNumber,
            Locale locale) {
    }
}
