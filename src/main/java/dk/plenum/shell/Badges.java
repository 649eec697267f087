package dk.plenum.shell;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels (open/closed, status, kind), styled by plenum.css. */
public final class Badges {

    /** The colour families plenum.css defines for badges. */
    public enum Tone {
        NEUTRAL,
        OPEN,
        CLOSED,
        LIVE,
        INFO
    }

    private Badges() {
    }

    public static Span badge(String text, Tone tone) {
        Span badge = new Span(text);
        badge.addClassNames("plenum-badge", "plenum-badge-" + tone.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
