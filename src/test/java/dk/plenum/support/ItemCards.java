package dk.plenum.support;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.dom.Element;
import java.util.stream.Stream;

/** The member view's item cards make their content only when opened: a test reading it opens them as a member would. */
public final class ItemCards {

    private ItemCards() {
    }

    /** Opens every folded card (any {@link Details}) in {@code view}. */
    public static void openAll(HasElement view) {
        descendants(view.getElement()).flatMap(element -> element.getComponent().stream())
                .filter(Details.class::isInstance).map(Details.class::cast).toList()
                .forEach(card -> card.setOpened(true));
    }

    private static Stream<Element> descendants(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ItemCards::descendants));
    }
}
