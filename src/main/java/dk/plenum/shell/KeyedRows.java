package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.dom.Element;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

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
        Map<String, T> byKey = new HashMap<>();
        shown.forEach(data -> byKey.put(key.apply(data), data));
        rows.entrySet().removeIf(row -> {
            boolean gone = !byKey.containsKey(row.getKey());
            if (gone) {
                container.remove(row.getValue());
            }
            return gone;
        });
        Element parent = container.getElement();
        for (int index = 0; index < shown.size(); index++) {
            T data = shown.get(index);
            R row = rows.computeIfAbsent(key.apply(data), created -> create.apply(data));
            update.accept(row, data);
            // Only a row out of place is moved: moving detaches it, and a tap on its way to it would be lost.
            if (index >= parent.getChildCount() || !parent.getChild(index).equals(row.getElement())) {
                parent.insertChild(index, row.getElement());
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
