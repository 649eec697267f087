package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.dom.Element;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows of a live list, one per key, kept from redraw to redraw: a row is created once, updated in place
 * when its data changes, moved when the order changes and removed when its key goes. Replacing the rows on
 * every change would lose a tap that is on its way to a row's button while a live change (another
 * secretary's command, a member checking in) redraws the list: the server drops the click of a component it
 * has just removed. Keeping the rows also keeps the keyboard focus where it was.
 *
 * @param <T> what a row shows
 * @param <R> the row
 */
public final class KeyedRows<T, R extends Component> {

    private final HasComponents container;
    private final Function<T, String> key;
    private final Function<T, R> create;
    private final BiConsumer<R, T> update;
    private final Map<String, R> rows = new HashMap<>();

    /**
     * Rows in {@code container}, which holds nothing else; {@code create} builds a row for a new key and
     * {@code update} draws a row's data, the first time included.
     */
    public KeyedRows(HasComponents container, Function<T, String> key, Function<T, R> create, BiConsumer<R, T> update) {
        this.container = container;
        this.key = key;
        this.create = create;
        this.update = update;
    }

    /** Shows exactly {@code shown}, in its order. */
    public void show(List<T> shown) {
        Set<String> shownKeys = shown.stream().map(key).collect(Collectors.toSet());
        // Gone from the container too, below.
        rows.keySet().retainAll(shownKeys);
        List<R> inOrder = shown.stream().map(data -> {
            R row = rows.computeIfAbsent(key.apply(data), created -> create.apply(data));
            update.accept(row, data);
            return row;
        }).toList();
        placeInOrder(container, inOrder);
    }

    /**
     * Makes {@code container} hold exactly {@code children}, in their order, touching only what is out of place: a
     * child moved or removed is detached (its listeners and its subtree's too), and a tap on its way to it is lost.
     */
    public static void placeInOrder(HasComponents container, List<? extends Component> children) {
        Set<Element> kept = children.stream().map(Component::getElement).collect(Collectors.toSet());
        Element parent = container.getElement();
        parent.getChildren().filter(child -> !kept.contains(child)).toList().forEach(parent::removeChild);
        for (int index = 0; index < children.size(); index++) {
            Element child = children.get(index).getElement();
            if (index >= parent.getChildCount() || !parent.getChild(index).equals(child)) {
                parent.insertChild(index, child);
            }
        }
    }

    /** The row shown for {@code key}. */
    public Optional<R> row(String key) {
        return Optional.ofNullable(rows.get(key));
    }

    /** Removes every row: the list now shows another meeting, whose rows may share keys with this one's. */
    public void clear() {
        rows.clear();
        container.removeAll();
    }
}
