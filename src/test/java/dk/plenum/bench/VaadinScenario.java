package dk.plenum.bench;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;

/**
 * Vaadin UIs follow one meeting while the secretariat makes each item current and decides it
 * ({@link MeetingScriptEvents}): a crowd of real UIs of one view opened at protocol level
 * ({@link VaadinCrowd}), and beside it, optionally, one real Chromium tab on the observer view
 * ({@link ChromiumTab}) to check that the crowd sees what a browser sees.
 */
final class VaadinScenario implements AutoCloseable {

    /** A council meeting's usual size; every refresh re-renders the whole agenda, so size drives the cost. */
    static final int ITEMS = 20;
    /**
     * A few events per second: slower than the views' coalescing (one refresh per 200 ms at most), so every
     * event is its own refresh and the delay is delivery, not waiting for the next refresh slot.
     */
    static final int EVENTS_PER_SECOND = 2;
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);

    /**
     * The two ways into a running meeting's Vaadin agenda: anonymously (what the public's link /live/ was before
     * it became a page rendered on the server, decision 0016), and a member logged in on a tablet.
     */
    enum View {
        OBSERVER("meetings/", null),
        MEMBER("meetings/", "kirsten");

        private final String routePrefix;
        /** Password "demo"; null for the public. Kirsten is a member of every ScriptedMeeting. */
        private final String user;

        View(String routePrefix, String user) {
            this.routePrefix = routePrefix;
            this.user = user;
        }

        String route(String meetingId) {
            return routePrefix + meetingId;
        }
    }

    private final int port;
    private final MeetingScriptEvents script;
    private final int items;
    private View view;
    private VaadinCrowd crowd;
    private ChromiumTab chromium;

    private VaadinScenario(int port, MeetingScriptEvents script, int items) {
        this.port = port;
        this.script = script;
        this.items = items;
    }

    /** A fresh, started meeting of {@code items} items in the demo council. */
    static VaadinScenario prepare(int port, int items) {
        return new VaadinScenario(port, MeetingScriptEvents.prepare(port, 2 * items), items);
    }

    /**
     * Opens the meeting's agenda in {@code page}, to be measured beside the crowd: the public's view, or a member's
     * where the page is logged in.
     */
    void watchInChromium(Page page) {
        chromium = ChromiumTab.watch(page,
                "http://localhost:" + port + "/" + View.OBSERVER.route(script.meetingId()));
    }

    void open(View crowdView, int uis) throws Exception {
        view = crowdView;
        crowd = VaadinCrowd.open(port, crowdView.route(script.meetingId()), crowdView.user, uis, items);
    }

    Result run(int eventsPerSecond) throws InterruptedException {
        List<PacedEvents.Answered> events = PacedEvents.emit(script, 2 * items, eventsPerSecond);
        crowd.awaitDecision(items - 1, DELIVERY_TIMEOUT);
        ShownEvents chromiumShown = null;
        if (chromium != null) {
            chromium.awaitDecision(items - 1, DELIVERY_TIMEOUT);
            chromiumShown = chromium.shown(events);
        }
        return new Result(view, crowd.size(), events.size(), PacedEvents.eventsPerSecondMade(events),
                crowd.shown(events), crowd.duplicates(), crowd.resynchronisations(), crowd.changesReportedSinceOpened(),
                crowd.failures(), chromiumShown, chromium == null ? 0 : chromium.changesReportedSinceOpened());
    }

    @Override
    public void close() {
        if (crowd != null) {
            crowd.close();
        }
    }

    /**
     * {@code shown} (see {@link ShownEvents}), duplicates (see {@link VaadinCrowd}) and resynchronisations are
     * summed over all UIs, as are the property changes the UIs reported to the server while the meeting went on;
     * {@code chromium} is the Chromium tab's, null without one, and {@code chromiumChangesReported} the tab's
     * (0 without one).
     */
    record Result(View view, int uis, int events, double eventsPerSecondMade, ShownEvents shown, long duplicates,
            long resynchronisations, long changesReported, List<String> failures, ShownEvents chromium,
            int chromiumChangesReported) {
    }
}
