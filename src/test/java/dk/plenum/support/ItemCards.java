package dk.plenum.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The member view's agenda items: an item never opened in the view is folded markup (the agenda's runs of folded
 * panels), an opened one is a card (an accordion panel component) that makes its content when first opened. A test
 * opens them as a member would, by a tap, and reads a summary (number, title, badges, expected start) in either form
 * here.
 */
public final class ItemCards {

    /** The class of the holders of folded items' markup (agenda.ui.FoldedItems). */
    private static final String FOLDED = "plenum-agenda-folded";
    private static final String PANEL = "vaadin-accordion-panel";

    private ItemCards() {
    }

    /** Opens every item in {@code view} by a member's taps: the folded ones become cards, the folded cards open. */
    public static void openAll(HasElement view) {
        foldedPanels(view).map(panel -> panel.attr("data-item-id")).toList().forEach(itemId -> tap(view, itemId));
        cards(view).stream().filter(card -> !isOpened(card)).forEach(card -> tapSummary(card, true));
    }

    /** Opens item {@code number} as a member's tap does: a folded one becomes its card, opened. */
    public static void open(HasElement view, int number) {
        Optional<Component> card = card(view, number);
        if (card.isPresent()) {
            tapSummary(card.get(), true);
        } else {
            tap(view, foldedPanel(view, number).orElseThrow(() -> new AssertionError("No item " + number))
                    .attr("data-item-id"));
        }
    }

    /**
     * A member's tap on a card's summary, which folds or opens its panel ({@code opened}, the panel's state after
     * it), as the card's heading hears it from the browser.
     */
    public static void tapSummary(Component card, boolean opened) {
        Element heading = summary(card);
        ElementListenerMap listeners = heading.getNode().getFeature(ElementListenerMap.class);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        listeners.getExpressions("click").forEach(expression -> data.put(expression, opened));
        listeners.fireEvent(new DomEvent(heading, "click", data));
    }

    /** Whether a card's panel is open. */
    private static boolean isOpened(Component card) {
        return card.getElement().getProperty("opened", false);
    }

    /** Item {@code number}'s card, once it was opened in the view; empty while it is folded markup. */
    public static Optional<Component> card(HasElement view, int number) {
        return cards(view).stream().filter(card -> ("item-" + number).equals(card.getId().orElse(null))).findFirst();
    }

    /** Whether item {@code number} is folded markup, never opened in the view. */
    public static boolean isFoldedMarkup(HasElement view, int number) {
        return foldedPanel(view, number).isPresent();
    }

    /** The summary's elements of {@code className} (e.g. "plenum-badge") of every item in {@code viewOrCard}. */
    public static List<org.jsoup.nodes.Element> summaryElements(HasElement viewOrCard, String className) {
        return summaries(viewOrCard).flatMap(summary -> summary.select("." + className).stream()).toList();
    }

    /** The texts of {@link #summaryElements}. */
    public static List<String> summaryTexts(HasElement viewOrCard, String className) {
        return summaryElements(viewOrCard, className).stream().map(org.jsoup.nodes.Element::text).toList();
    }

    /** The texts of item {@code number}'s summary's elements of {@code className}, card or folded. */
    public static List<String> summaryTexts(HasElement view, int number, String className) {
        return Jsoup.parseBodyFragment(summaryHtml(view, number)).select("." + className).stream()
                .map(org.jsoup.nodes.Element::text).toList();
    }

    /** The HTML of item {@code number}'s summary, card or folded. */
    public static String summaryHtml(HasElement view, int number) {
        return card(view, number).map(card -> summary(card).getProperty("innerHTML"))
                .orElseGet(() -> foldedPanel(view, number).orElseThrow().selectFirst("[slot=summary]").html());
    }

    /** The summaries in the page's order: each card's heading, and each folded panel's. */
    private static Stream<org.jsoup.nodes.Element> summaries(HasElement viewOrCard) {
        return descendants(viewOrCard.getElement()).flatMap(element -> {
            if (element.getClassList().contains(FOLDED)) {
                return parse(element).select(PANEL + " > [slot=summary]").stream();
            }
            return element.getComponent().filter(ItemCards::isCard).map(card -> parse(summary(card)).body()).stream();
        });
    }

    private static Element summary(Component card) {
        return card.getElement().getChildren().filter(child -> "summary".equals(child.getAttribute("slot")))
                .findFirst().orElseThrow();
    }

    private static Optional<org.jsoup.nodes.Element> foldedPanel(HasElement view, int number) {
        return foldedPanels(view).filter(panel -> panel.id().equals("item-" + number)).findFirst();
    }

    private static Stream<org.jsoup.nodes.Element> foldedPanels(HasElement view) {
        return descendants(view.getElement()).filter(element -> element.getClassList().contains(FOLDED))
                .flatMap(run -> parse(run).select(PANEL).stream());
    }

    /** A click in the folded panel of item {@code itemId}, as the agenda's listener hears it from the browser. */
    private static void tap(HasElement view, String itemId) {
        Element agenda = descendants(view.getElement()).filter(element -> element.getClassList()
                .contains("plenum-agenda")).findFirst().orElseThrow();
        ElementListenerMap listeners = agenda.getNode().getFeature(ElementListenerMap.class);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        listeners.getExpressions("click").stream().filter(expression -> expression.endsWith("dataset.itemId"))
                .forEach(expression -> data.put(expression, itemId).put(expression + " != null", true));
        listeners.fireEvent(new DomEvent(agenda, "click", data));
    }

    private static org.jsoup.nodes.Document parse(Element holder) {
        return Jsoup.parseBodyFragment(holder.getProperty("innerHTML", ""));
    }

    private static List<Component> cards(HasElement viewOrCard) {
        return descendants(viewOrCard.getElement()).flatMap(element -> element.getComponent().stream())
                .filter(ItemCards::isCard).toList();
    }

    /** A card is a component of its own, its panel's; a folded item's panel is markup in its run's holder. */
    private static boolean isCard(Component component) {
        return !component.getElement().isTextNode() && PANEL.equals(component.getElement().getTag());
    }

    private static Stream<Element> descendants(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ItemCards::descendants));
    }
}
