package dk.plenum.support;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * What a part of a view shows, including its parts sent to the browser as markup ({@code dk.plenum.shell.Markup}: an
 * agenda card's summary, the attendance list), which are a property of their holder and not components. A test that a
 * closed item's words are not shown must see those too.
 */
public final class ShownText {

    private ShownText() {
    }

    /** All the text, as {@link Element#getTextRecursively()} gives it plus the text of markup. */
    public static String of(HasElement part) {
        return of(part.getElement());
    }

    /** The elements that {@code cssQuery} (e.g. ".plenum-badge", "h3") selects in the markup within {@code part}. */
    public static List<org.jsoup.nodes.Element> inMarkup(HasElement part, String cssQuery) {
        return inMarkup(part.getElement(), cssQuery);
    }

    /** {@link #inMarkup(HasElement, String)} within an element. */
    public static List<org.jsoup.nodes.Element> inMarkup(Element part, String cssQuery) {
        return markupHolders(part)
                .flatMap(holder -> Jsoup.parseBodyFragment(holder.getProperty("innerHTML")).select(cssQuery).stream())
                .toList();
    }

    /** The texts of {@link #inMarkup}. */
    public static List<String> textsInMarkup(HasElement part, String cssQuery) {
        return inMarkup(part, cssQuery).stream().map(org.jsoup.nodes.Element::text).toList();
    }

    /** The element whose markup has what {@code cssQuery} selects within {@code part}: one only. */
    public static Element holderOf(HasElement part, String cssQuery) {
        List<Element> holders = markupHolders(part.getElement())
                .filter(holder -> !Jsoup.parseBodyFragment(holder.getProperty("innerHTML")).select(cssQuery).isEmpty())
                .toList();
        if (holders.size() != 1) {
            throw new AssertionError(holders.size() + " markup holders of " + cssQuery);
        }
        return holders.getFirst();
    }

    private static String of(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (element.hasProperty("innerHTML")) {
            return Jsoup.parseBodyFragment(element.getProperty("innerHTML")).text();
        }
        return element.getChildren().map(ShownText::of).collect(Collectors.joining());
    }

    private static Stream<Element> markupHolders(Element element) {
        return element.hasProperty("innerHTML") ? Stream.of(element)
                : element.getChildren().flatMap(ShownText::markupHolders);
    }
}
