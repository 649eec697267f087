package dk.plenum.support;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * All the text a part of a view shows, as {@link Element#getTextRecursively()} gives it plus the text of parts sent to
 * the browser as markup (an {@code innerHTML} property, as an agenda card's summary): a test that a closed item's words
 * are not shown must see those too.
 */
public final class ShownText {

    private ShownText() {
    }

    public static String of(HasElement part) {
        return of(part.getElement());
    }

    public static String of(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (element.hasProperty("innerHTML")) {
            return Jsoup.parseBodyFragment(element.getProperty("innerHTML")).text();
        }
        return element.getChildren().map(ShownText::of).collect(Collectors.joining());
    }
}
