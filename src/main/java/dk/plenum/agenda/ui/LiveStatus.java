package dk.plenum.agenda.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.MeetingTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Whether this page is connected, and when it last heard news: what an observer on a phone needs to
 * trust that what they see is current. The connection state is the browser's own (Vaadin's connection
 * state store), so it changes even while the server cannot reach the page.
 */
class LiveStatus extends Div {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Span connection = new Span();
    private final Span updated = new Span();
    private Instant lastUpdate = Instant.now();

    LiveStatus() {
        addClassName("plenum-live-status");
        connection.addClassName("plenum-connection");
        // Announced when it changes: a lost connection means what the page shows may be stale.
        connection.getElement().setAttribute("role", "status");
        updated.addClassName("plenum-last-updated");
        add(connection, updated);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        showTexts();
        // Labels as arguments, so the script never builds markup from text.
        connection.getElement().executeJs("""
                const el = this, labels = {connected: $0, reconnecting: $1, 'connection-lost': $2};
                const show = state => {
                  const shown = state === 'loading' ? 'connected' : state;
                  el.dataset.state = shown;
                  el.textContent = labels[shown] || labels.connected;
                };
                const store = window.Vaadin && window.Vaadin.connectionState;
                if (store) {
                  show(store.state);
                  store.addStateChangeListener((previous, next) => show(next));
                }
                """, getTranslation("live.connection.connected"), getTranslation("live.connection.reconnecting"),
                getTranslation("live.connection.lost"));
    }

    /** News arrived and is on screen now. */
    void updated() {
        lastUpdate = Instant.now();
        showTexts();
    }

    void showTexts() {
        ZoneId zone = MeetingTimes.COUNCIL_ZONE;
        updated.setText(getTranslation("live.lastUpdated", CLOCK.format(lastUpdate.atZone(zone))));
        if (connection.getText().isEmpty()) {
            connection.setText(getTranslation("live.connection.connected"));
        }
    }
}
