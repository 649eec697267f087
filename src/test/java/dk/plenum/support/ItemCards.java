package dk.plenum.support;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.stream.Stream;

/**
 * The member view's item cards make their content only when opened: a test reading it opens them as a member would.
 * A card's summary (number, title, badges, expected start) is sent as markup: tests read it here.
 */
public final class ItemCards {

    private ItemCards() {
    }

    /** Opens every folded card (any {@link Details}) in {@code view}. */
    public static void openAll(HasElement view) {
        cards(view).forEach(card -> card.setOpened(true));
    }

    /** The summary's elements of {@code className} (e.g. "plenum-badge") in every card in {@code viewOrCard}. */
    public static List<org.jsoup.nodes.Element> summaryElements(HasElement viewOrCard, String className) {
        return cards(viewOrCard).stream().map(ItemCards::summary)
                .flatMap(summary -> ShownText.inMarkup(summary, "." + className).stream()).toList();
    }

    /** The texts of {@link #summaryElements}. */
    public static List<String> summaryTexts(HasElement viewOrCard, String className) {
        return summaryElements(viewOrCard, className).stream().map(org.jsoup.nodes.Element::text).toList();
    }

    /** The HTML sent as the card's summary. */
    public static String summaryHtml(Details card) {
        return summary(card).getProperty("innerHTML");
    }

    private static Element summary(Details card) {
        return card.getElement().getChildren().filter(child -> "summary".equals(child.getAttribute("slot")))
                .findFirst().orElseThrow();
    }

    private static List<Details> cards(HasElement viewOrCard) {
        return descendants(viewOrCard.getElement()).flatMap(element -> element.getComponent().stream())
                .filter(Details.class::isInstance).map(Details.class::cast).toList();
    }

    private static Stream<Element> descendants(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ItemCards::descendants));
    }
}
