package dk.plenum.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/**
 * What Vaadin UIs showed of the events of a {@link MeetingScriptEvents} run. A view's refresh renders the
 * whole meeting, so a UI that shows an event has every earlier one in: an event counts as shown at the
 * first sight of its own mark or of any later event's. Only a current-item highlight can be
 * <em>overtaken</em> so, when the views' coalescing (one refresh per 200 ms at most) or a slow server puts
 * the next item's highlight in the same refresh; a decision stays on screen. <em>Missing</em> events were
 * not shown, not even through a later one.
 *
 * @param delaysMillis per UI and shown event: ms from the command's HTTP answer to the UI showing it
 */
record ShownEvents(long missing, long overtaken, double[] delaysMillis) {

    /**
     * One UI's view of the run.
     *
     * @param seenAtMillis when the UI first showed the event's own mark, NaN if never (any clock, the same as
     *                     {@code answeredAtMillis})
     */
    static ShownEvents of(List<PacedEvents.Answered> events, ToDoubleFunction<PacedEvents.Answered> seenAtMillis,
            ToDoubleFunction<PacedEvents.Answered> answeredAtMillis) {
        long missing = 0;
        long overtaken = 0;
        double[] delays = new double[events.size()];
        int shown = 0;
        double firstSightOfThisOrLater = Double.NaN;
        for (PacedEvents.Answered event : events.reversed()) {
            double own = seenAtMillis.applyAsDouble(event);
            if (!Double.isNaN(own) && (Double.isNaN(firstSightOfThisOrLater) || own < firstSightOfThisOrLater)) {
                firstSightOfThisOrLater = own;
            }
            if (Double.isNaN(firstSightOfThisOrLater)) {
                missing++;
                continue;
            }
            if (Double.isNaN(own)) {
                overtaken++;
            }
            delays[shown++] = firstSightOfThisOrLater - answeredAtMillis.applyAsDouble(event);
        }
        return new ShownEvents(missing, overtaken, Arrays.copyOf(delays, shown));
    }

    /** Many UIs' views of the same run, summed. */
    static ShownEvents sum(Stream<ShownEvents> perUi) {
        List<ShownEvents> all = perUi.toList();
        return new ShownEvents(all.stream().mapToLong(ShownEvents::missing).sum(),
                all.stream().mapToLong(ShownEvents::overtaken).sum(),
                all.stream().flatMapToDouble(ui -> DoubleStream.of(ui.delaysMillis())).toArray());
    }
}
