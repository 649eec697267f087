package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.Component;

/**
 * Keyboard focus for a control that replaced the one the user acted on: a redraw removed that one, and the
 * browser would drop focus to the page, leaving a keyboard or switch user at its top.
 */
final class KeepFocus {

    private KeepFocus() {
    }

    /** Focuses {@code control} without scrolling: the view scrolls where it means to itself. */
    static void on(Component control) {
        control.getElement().executeJs("this.focus({preventScroll: true})");
    }
}
