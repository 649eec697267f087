package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Visibility;
import dk.plenum.shell.Badges;
import dk.plenum.shell.Navigation;
import java.util.Locale;

/**
 * One agenda item on the control desk: choose it for a decision, make it current, move it up or down (until the
 * meeting is closed; a decision can still be corrected after). The
 * row is kept while its item is on the agenda and redrawn in place (see {@link dk.plenum.shell.KeyedRows}).
 */
final class ItemRow extends Div {

    /** What the row's buttons do; each gets the item's id, and a move its step (-1 up, +1 down). */
    interface Actions {

        void select(String itemId);

        void makeCurrent(String itemId);

        void move(String itemId, int step);
    }

    private final Span number = new Span();
    private final Span title = new Span();
    private final Div badges = new Div();
    private final NativeButton select = new NativeButton();
    private final Button makeCurrent = new Button();
    private final Button up = new Button(VaadinIcon.ARROW_UP.create());
    private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    /** To the page where the secretariat uploads and arranges the item's Bilag. */
    private final Anchor bilag = new Anchor();
    /** What the row shows now: a redraw with the same is skipped, so an answer carries only the rows that changed. */
    private Shown shown;

    ItemRow(String itemId, Actions actions) {
        number.addClassName("plenum-item-number");
        title.addClassName("plenum-control-item-title");
        badges.addClassName("plenum-badges");
        // A native button can hold the number, title and badges and still be a real, focusable button.
        select.add(number, title, badges);
        select.addClassName("plenum-control-item-select");
        select.addClickListener(click -> actions.select(itemId));
        makeCurrent.addClassName("plenum-control-make-current");
        makeCurrent.addClickListener(click -> actions.makeCurrent(itemId));
        up.addClassName("plenum-control-move-up");
        up.addClickListener(click -> actions.move(itemId, -1));
        down.addClassName("plenum-control-move-down");
        down.addClickListener(click -> actions.move(itemId, +1));
        for (Button move : new Button[] {up, down}) {
            move.addThemeVariants(ButtonVariant.LUMO_ICON);
        }
        bilag.getElement().setAttribute("router-link", true);
        bilag.addClassName("plenum-control-bilag");
        Div itemActions = new Div(makeCurrent, bilag, up, down);
        itemActions.addClassName("plenum-control-item-actions");
        add(select, itemActions);
        addClassName("plenum-control-item");
        getElement().setAttribute("data-item-id", itemId);
    }

    /** Draws {@code item} as it stands in {@code meeting}; {@code selected} when the decision panel is for it. */
    void show(Meeting meeting, AgendaItem item, boolean selected) {
        // Once the meeting is closed no item is current, and the agenda is as it was held: nothing to move or treat.
        boolean closed = meeting.status() == MeetingStatus.CLOSED;
        boolean current = !closed && item.id().equals(meeting.currentItemId());
        int index = meeting.items().indexOf(item);
        Shown now = new Shown(meeting.id(), item, index, meeting.items().size(), current, selected, closed, getLocale());
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        number.setText(String.valueOf(item.number()));
        title.setText(item.title());
        badges.removeAll();
        if (item.visibility() == Visibility.CLOSED) {
            badges.add(Badges.badge(getTranslation("visibility.CLOSED"), Badges.Tone.CLOSED));
        }
        if (item.decision() != null) {
            badges.add(Badges.badge(getTranslation("control.outcome." + item.decision().outcome()), Badges.Tone.OPEN));
        }
        if (current) {
            badges.add(Badges.badge(getTranslation("control.current"), Badges.Tone.LIVE));
        }
        if (!item.bilagChanges().isEmpty()) {
            badges.add(Badges.bilagChanged(item.bilagChanges().getLast(), this));
        }
        select.getElement().setAttribute("aria-pressed", String.valueOf(selected));
        makeCurrent.setText(getTranslation("control.makeCurrent"));
        makeCurrent.setVisible(!current && !closed);
        up.setVisible(!closed);
        down.setVisible(!closed);
        bilag.setHref(Navigation.bilag(meeting.id(), item.id()));
        bilag.setText(getTranslation("bilag.manage.link") + (item.attachments().isEmpty() ? ""
                : " (" + item.attachments().size() + ")"));
        bilag.getElement().setAttribute("aria-label", getTranslation("bilag.manage.linkLabel", item.number()));
        label(up, "control.moveUp", index > 0);
        label(down, "control.moveDown", index < meeting.items().size() - 1);
        setClassName("is-current", current);
        setClassName("is-selected", selected);
    }

    /** Everything a row is drawn from. */
    private record Shown(String meetingId, AgendaItem item, int index, int itemCount, boolean current, boolean selected,
            boolean closed, Locale locale) {
    }

    private void label(Button move, String key, boolean enabled) {
        String label = getTranslation(key);
        move.setAriaLabel(label);
        move.setTooltipText(label);
        move.setEnabled(enabled);
    }

    /** Where focus goes once the item is chosen: its "Behandl nu" may have hidden itself. */
    NativeButton select() {
        return select;
    }

    /** The move button for {@code step}, or its opposite once the item reached that end of the agenda. */
    Button moveButton(int step) {
        Button same = step < 0 ? up : down;
        return same.isEnabled() ? same : (step < 0 ? down : up);
    }
}
