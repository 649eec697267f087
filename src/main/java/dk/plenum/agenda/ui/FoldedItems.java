package dk.plenum.agenda.ui;

import com.vaadin.flow.component.html.Div;
import dk.plenum.shell.Markup;

/**
 * Agenda items next to each other that were never opened in this view, as one piece of markup: each the same panel,
 * heading and summary as an {@link ItemCard}'s ({@link ItemCard#foldedMarkup}). As components a folded card was some
 * 3.5 KB of server memory in every open view (three state nodes, the panel's opened-state listener, its event bus),
 * a third of a member's view of a twenty-item agenda. The holder takes no room of its own ({@code display: contents}),
 * so the panels sit in the agenda's grid as cards do. The agenda hears a tap on one and puts a card in its place.
 */
class FoldedItems extends Div {

    static final String CLASS_NAME = "plenum-agenda-folded";

    FoldedItems() {
        addClassName(CLASS_NAME);
        getStyle().set("display", "contents");
    }

    /** The panels' markup, joined; Vaadin sends it only when it changed. */
    void show(String panels) {
        Markup.showIn(this, panels);
    }
}
