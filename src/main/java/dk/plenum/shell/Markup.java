package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A part of a view sent to the browser as one piece of HTML rather than as components. Every component is a state
 * node that Vaadin keeps in every open view, so a part that only displays (a folded agenda card's summary, the
 * attendance list) is built as a jsoup node tree, whose text jsoup escapes, and set as its holder's content: one
 * node instead of dozens. Parts with buttons or fields stay components. See docs/design-decisions/0024.
 */
public final class Markup {

    private Markup() {
    }

    /** An empty root to build a part's markup in: its children are what {@link #showIn} sends. */
    public static Element fragment() {
        Document page = new Document("");
        // Whitespace between inline elements would show as spaces.
        page.outputSettings().prettyPrint(false);
        return page.appendElement("body");
    }

    /**
     * Shows {@code fragment}'s children as the whole content of {@code holder}, which must hold no components. The
     * markup is interned: the views open on a meeting mostly show the same summaries and list, and a view holds its
     * markup for as long as it is open, so they share one copy (the JVM forgets it when no view holds it).
     */
    public static void showIn(Component holder, Element fragment) {
        showIn(holder, fragment.html());
    }

    /** As {@link #showIn(Component, Element)}, for markup already made with {@link #fragment()} (e.g. several joined). */
    public static void showIn(Component holder, String html) {
        holder.getElement().setProperty("innerHTML", html.intern());
    }
}
