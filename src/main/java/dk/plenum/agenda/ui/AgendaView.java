package dk.plenum.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.live.LiveMeetings;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.PlannedDeparture;
import dk.plenum.minutes.MinutesDownload;
import dk.plenum.minutes.MinutesService;
import dk.plenum.notes.NoteField;
import dk.plenum.notes.NotePlace;
import dk.plenum.notes.NotesRead;
import dk.plenum.notes.NotesDownload;
import dk.plenum.notes.NotesService;
import dk.plenum.protocol.ProtocolEntryQueue;
import dk.plenum.protocol.ProtocolEntryService;
import dk.plenum.roundtable.RoundTableService;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.shell.Badges;
import dk.plenum.shell.KeyedRows;
import dk.plenum.shell.MeetingHeading;
import dk.plenum.shell.LiveMeetingBinding;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Markup;
import dk.plenum.shell.Navigation;
import dk.plenum.shell.PollTicks;
import dk.plenum.shell.QuorumBanner;
import dk.plenum.shell.Refusals;
import dk.plenum.timeplan.TimePlan;
import dk.plenum.timeplan.TimePlanService;
import dk.plenum.speakers.SpeakerBoard;
import dk.plenum.speakers.SpeakerDesk;
import dk.plenum.speakers.SpeakerRequestBar;
import dk.plenum.voting.BallotButtons;
import dk.plenum.voting.BallotService;
import dk.plenum.speakers.SpeakerService;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import dk.plenum.voting.VotingService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * A meeting as council members follow it on their tablets, and as the public sees it: the status, the
 * agenda with the current item opened and highlighted, the decisions so far, attendance and round the
 * table, all kept up to date while the meeting runs. A summoned member also checks in, sends an apology
 * and posts round-the-table news here. What anyone sees goes through {@link MeetingVisibility}; text is
 * always set as text, never as HTML. The connection and the time of the last news are shown at the top. The public's
 * link, {@code /live/{id}}, is a page rendered on the server (publicpage); it sends whoever is logged in here.
 */
@AnonymousAllowed
@StyleSheet("styles/member-view.css")
@Route(value = Navigation.AGENDA, layout = MainLayout.class)
class AgendaView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle,
        LiveMeetingBinding.Screen {

    static final String MEETING_ID = Navigation.MEETING_ID;
    /** At most one re-render per this interval, however many events come. */
    static final Duration REFRESH_DELAY = Duration.ofMillis(200);
    /**
     * Folded items share a holder only within a stretch of this many places on the agenda: an item that becomes current
     * (or whose summary changes) resends its stretch's markup, not that of every folded item after it, to every open
     * view. With one holder for all of them, each item made current resent every later item's summary to every view.
     */
    static final int FOLDED_RUN_ITEMS = 5;
    /**
     * In the browser, the item whose folded panel a click was in (a tap, or Enter on its summary, whose button the
     * panel's heading holds in its shadow root); undefined for any other click, which is then not sent.
     */
    static final String TAPPED_FOLDED_ITEM =
            "event.target.closest('." + FoldedItems.CLASS_NAME + " > vaadin-accordion-panel')?.dataset.itemId";

    private final CurrentActor currentActor;
    private final AttendanceService attendance;
    private final RoundTableService roundTable;
    private final MinutesService minutes;
    private final ProtocolEntryService protocolEntries;
    private final VotingService voting;
    private final NotesService notes;
    private final TimePlanService timePlan;
    private final SpeakerService speakers;
    private final LiveMeetingBinding binding;

    private final Div header = new Div();
    /**
     * "Now: 5. Title", taking a member who scrolled away back to the item under discussion. One button for the page's
     * life, last in the header: redrawing the header around it keeps a keyboard's focus on it.
     */
    private final Button now = new Button();
    private final LiveStatus liveStatus = new LiveStatus();
    private final H2 agendaHeading = new H2();
    private final MemberBar memberBar = new MemberBar(new OwnAttendance());
    private final OfflineSave offlineSave = new OfflineSave();
    private final Div agenda = new Div();
    private final AttendancePanel attendancePanel = new AttendancePanel();
    /** The cards of the items opened in this view so far; the others are folded markup ({@link FoldedItems}). */
    private final Map<String, ItemCard> cards = new LinkedHashMap<>();
    /**
     * The holders of the runs of folded items, by the id of each run's first item: when an item is opened, the cards
     * before and after it stay where they are among the runs, and none of them is moved.
     */
    private final Map<String, FoldedItems> foldedRuns = new HashMap<>();
    /** Each folded item's markup, by item id. */
    private final Map<String, FoldedPanel> foldedPanels = new HashMap<>();
    /** What the view keeps up to date below each card's own text, of the cards opened so far only. */
    private final Map<String, ItemParts> openedParts = new LinkedHashMap<>();
    /** Expected starts worked out again as time passes, while a running meeting has a time plan. */
    private final PollTicks expectedStartTicks;
    /** Who has the floor on the current item and who is next; the member's own request to speak. */
    private final SpeakerBoard speakerBoard = new SpeakerBoard(3);
    private final SpeakerRequestBar speakerRequest;
    /**
     * The list of speakers run from the tablet by the chair while present, in place of the board. Made the first time
     * the chair needs it: some forty components that no other viewer's UI should hold.
     */
    private SpeakerDesk speakerDesk;
    private final BallotButtons ballotButtons;
    /**
     * The entries waiting for a decision, for the chair while present (the secretariat has them at its desk). Made the
     * first time the chair needs it, as the desk is.
     */
    private ProtocolEntryQueue protocolQueue;
    private final QuorumBanner quorumBanner = new QuorumBanner();
    /** Read out by screen readers, never seen: a new current item and new decisions as they come. */
    private final Span announcer = new Span();
    /** The member's notes on the meeting, read once for the note fields of all the cards opened. */
    private final NotesRead notesRead;

    /** Captured on navigation: live updates run on background threads, where no login is known. */
    private Actor viewer;
    /** What the viewer sees now: the binding's whole meeting as the viewer may see it (redacted, not re-read). */
    private Meeting meeting;
    private String renderedCurrentItemId;
    /** The item to open and scroll to once drawn: the one a reader comes back to from its Bilag. */
    private String returnToItemId;
    private HeaderFacts renderedHeader;
    /** The "Now" button's text as shown; null while no item is under discussion. */
    private String renderedNow;

    AgendaView(MeetingJournal journal, CurrentActor currentActor, AttendanceService attendance,
            RoundTableService roundTable, LiveMeetings live, MinutesService minutes,
            ProtocolEntryService protocolEntries, SpeakerService speakers,
            VotingService voting, BallotService ballots, NotesService notes, TimePlanService timePlan) {
        this.currentActor = currentActor;
        this.attendance = attendance;
        this.roundTable = roundTable;
        this.minutes = minutes;
        this.protocolEntries = protocolEntries;
        this.voting = voting;
        this.notes = notes;
        this.timePlan = timePlan;
        this.speakers = speakers;
        this.binding = LiveMeetingBinding.bind(this, journal, live, REFRESH_DELAY, this);
        this.notesRead = new NotesRead(notes, this);
        this.speakerRequest = new SpeakerRequestBar(speakers, command -> run(() -> command.apply(viewer)));
        this.ballotButtons = new BallotButtons(ballots, command -> run(() -> command.apply(viewer)));
        addClassNames("plenum-page", "plenum-live-page");
        header.addClassName("plenum-meeting-header");
        now.addThemeVariants(ButtonVariant.TERTIARY);
        now.addClassName("plenum-now");
        now.setVisible(false);
        now.addClickListener(click -> {
            if (currentItemId() != null) {
                cards.get(currentItemId()).scrollToTop();
            }
        });
        header.add(now);
        // A running item past its planned end pushes the coming ones later with no event.
        expectedStartTicks = PollTicks.whileAttached(this, () -> {
            if (meeting != null) {
                renderItems();
            }
        });
        agenda.addClassName("plenum-agenda");
        agenda.getElement().addEventListener("click", tap -> openFolded(tap.getEventData().get(TAPPED_FOLDED_ITEM)
                .asString())).addEventData(TAPPED_FOLDED_ITEM).setFilter(TAPPED_FOLDED_ITEM + " != null");
        Div main = new Div(agendaHeading, agenda);
        main.addClassName("plenum-live-main");
        Div columns = new Div(main, attendancePanel);
        columns.addClassName("plenum-live-columns");
        announcer.addClassNames("plenum-visually-hidden", "plenum-announcer");
        announcer.getElement().setAttribute("aria-live", "polite");
        add(liveStatus, header, offlineSave, memberBar, speakerBoard, speakerRequest, ballotButtons, quorumBanner,
                columns, announcer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor previousViewer = viewer;
        viewer = currentActor.get().orElse(null);
        Meeting entered = binding.enter(event, MEETING_ID, found -> MeetingVisibility.isVisibleTo(audienceOf(found), found))
                .orElseThrow(() -> new NotFoundException("No meeting for this viewer"));
        returnToItemId = event.getLocation().getQueryParameters().getSingleParameter(Navigation.ITEM_QUERY)
                .orElse(null);
        // The first meeting is drawn when Vaadin attaches the view and calls localeChange. A viewer who logged in
        // or out since the view was drawn sees it anew: what they may see differs.
        if (meeting == null || !Objects.equals(previousViewer, viewer)) {
            meeting = visible(entered);
            if (isAttached()) {
                render();
            }
        }
    }

    /** Reused by the router for another meeting: no card, feed or header of the previous one may stay. */
    @Override
    public void showAnother(Meeting another) {
        cards.clear();
        foldedRuns.clear();
        foldedPanels.clear();
        openedParts.clear();
        agenda.removeAll();
        renderedCurrentItemId = null;
        renderedHeader = null;
        renderedNow = null;
        meeting = visible(another);
        render();
    }

    @Override
    public void showChanged(Meeting before, Meeting after) {
        Meeting shownBefore = meeting;
        meeting = visible(after);
        render();
        liveStatus.updated();
        announceNews(shownBefore);
        offlineSave.meetingChanged();
    }

    /** Says what a member who cannot see the screen would miss: the item that became current, decisions made. */
    private void announceNews(Meeting shownBefore) {
        List<String> news = new ArrayList<>();
        String current = currentItemId();
        boolean wasRunning = shownBefore.inSession();
        if (current != null && !(wasRunning && current.equals(shownBefore.currentItemId()))) {
            AgendaItem item = meeting.currentItem().orElseThrow();
            news.add(getTranslation("live.announce.current", item.number(), ItemCard.titleOf(this, item)));
        }
        for (AgendaItem item : meeting.items()) {
            Decision before = shownBefore.items().stream().filter(earlier -> earlier.id().equals(item.id()))
                    .map(AgendaItem::decision).filter(Objects::nonNull).findFirst().orElse(null);
            if (item.decision() != null && !item.decision().equals(before)) {
                news.add(getTranslation("live.announce.decision", item.number(), ItemCard.titleOf(this, item),
                        ItemCard.outcomeOf(this, item.decision())));
            }
        }
        if (!news.isEmpty()) {
            announcer.setText(String.join(" ", news));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        liveStatus.showTexts();
        cards.values().forEach(ItemCard::forgetContent);
        render();
    }

    private void render() {
        Participant seat = seat();
        renderHeader();
        memberBar.show(meeting, seat);
        offlineSave.show(meeting.id(), viewer, viewer != null && audienceOf(binding.meeting()) == Audience.MEMBER);
        speakerRequest.show(meeting, seat);
        ballotButtons.show(meeting, seat);
        boolean chairs = seat != null && seat.chairsPresent();
        boolean chairRunsSpeakers = chairs && meeting.status() == MeetingStatus.LIVE;
        speakerDesk = shownOnlyWhen(chairRunsSpeakers, speakerDesk,
                () -> new SpeakerDesk(speakers, command -> run(() -> command.apply(viewer))), speakerRequest,
                desk -> desk.show(meeting));
        // The board hides itself without a list; the chair's desk shows the same and more.
        speakerBoard.show(meeting);
        speakerBoard.setVisible(!chairRunsSpeakers && meeting.currentSpeakerList().isPresent());
        protocolQueue = shownOnlyWhen(chairs, protocolQueue,
                () -> new ProtocolEntryQueue(protocolEntries, command -> run(() -> command.apply(viewer))), quorumBanner,
                queue -> queue.show(meeting));
        quorumBanner.show(meeting, viewer != null && audienceOf(binding.meeting()) != Audience.PUBLIC);
        String heading = getTranslation("agenda.title");
        if (!heading.equals(agendaHeading.getText())) {
            agendaHeading.setText(heading);
        }
        renderAgenda(seat);
        attendancePanel.show(meeting);
        String currentItemId = currentItemId();
        if (!Objects.equals(currentItemId, renderedCurrentItemId)) {
            renderedCurrentItemId = currentItemId;
            if (currentItemId != null) {
                cards.get(currentItemId).scrollToTop();
            }
        }
        ItemCard returnedTo = returnToItemId == null ? null : cards.get(returnToItemId);
        if (returnedTo != null) {
            returnToItemId = null;
            returnedTo.setOpened(true);
            returnedTo.scrollToTop();
        }
    }

    /**
     * A part of the page that only some viewers use (the chair's): made the first time it is {@code shown}, placed
     * before {@code placeBefore}, and hidden, not dropped, when it is not. Returns the part, or null while never made.
     */
    private <T extends Component> T shownOnlyWhen(boolean shown, T part, Supplier<T> make, Component placeBefore,
            Consumer<T> show) {
        T made = part;
        if (shown && made == null) {
            made = make.get();
            addComponentAtIndex(indexOf(placeBefore), made);
        }
        if (made != null) {
            made.setVisible(shown);
            if (shown) {
                show.accept(made);
            }
        }
        return made;
    }

    /** The item under discussion while the meeting runs or is paused; a closed meeting has none. */
    private String currentItemId() {
        boolean running = meeting.inSession();
        return running ? meeting.currentItemId() : null;
    }

    /**
     * Rebuilt only when something it shows changed: a live refresh then resends nothing of it. The item under
     * discussion, which changes most often, is only in the "Now" button.
     */
    private void renderHeader() {
        showNow();
        HeaderFacts shown = new HeaderFacts(meeting.councilName(), meeting.title(), meeting.startsAt(),
                meeting.endsAt(), meeting.location(), meeting.listedStatus(), meeting.kind(), getLocale(),
                viewer == null ? null : viewer.username(), meeting.minutesApprovedAt());
        if (shown.equals(renderedHeader)) {
            return;
        }
        renderedHeader = shown;
        header.getChildren().filter(child -> child != now).toList().forEach(header::remove);
        // In the words the meeting lists use (a draft is "Kladde" here too, not "Ikke startet").
        // Display only, so markup: the header is in every open view of the meeting.
        Element shownBadges = Markup.fragment();
        Badges.appendMeetingStatus(shownBadges, meeting, this);
        Badges.appendBadge(shownBadges, getTranslation("meeting.kind." + meeting.kind()), Badges.Tone.NEUTRAL);
        Badges.appendMinutesApproved(shownBadges, meeting, this);
        Div badges = new Div();
        badges.addClassName("plenum-badges");
        Markup.showIn(badges, shownBadges);
        List<Component> parts = new ArrayList<>(MeetingHeading.of(meeting, this, getLocale()));
        parts.add(badges);
        if (viewer != null && viewer.isSecretariatOf(meeting.councilId())) {
            // A plain link: the control view belongs to the proceedings feature, which agenda may not name.
            Anchor control = new Anchor(Navigation.control(meeting.id()), getTranslation("control.open"));
            control.addClassName("plenum-control-link");
            parts.add(control);
            if (meeting.status() == MeetingStatus.SCHEDULED) {
                Anchor prepare = new Anchor(Navigation.prepare(meeting.id()), getTranslation("prepare.open"));
                prepare.addClassName("plenum-prepare-link");
                parts.add(prepare);
            }
        }
        if (meeting.status() == MeetingStatus.CLOSED) {
            parts.add(new MinutesDownload(minutes, meeting.id()));
        }
        if (notes.keepsNotesOn(binding.meeting(), viewer)) {
            parts.add(new NotesDownload(notes, meeting.id(), viewer));
        }
        for (int index = 0; index < parts.size(); index++) {
            header.addComponentAtIndex(index, parts.get(index));
        }
    }

    /** The "Now: 5. Title" button, touched only when the item under discussion, or its number or title, changed. */
    private void showNow() {
        AgendaItem current = currentItemId() == null ? null : meeting.currentItem().orElseThrow();
        String text = current == null ? null
                : getTranslation("live.now", current.number(), ItemCard.titleOf(this, current));
        if (!Objects.equals(text, renderedNow)) {
            renderedNow = text;
            now.setVisible(text != null);
            if (text != null) {
                now.setText(text);
            }
        }
    }

    /**
     * The agenda in order: a card for each item opened in this view (by the member, as the current item, or as the
     * one a reader returns to from its Bilag), and the others as markup ({@link FoldedItems}), each run of them one
     * piece. Each folded item's markup is made again only when what its summary shows changed.
     */
    private void renderAgenda(Participant seat) {
        renderItems();
        // Only the opened cards' parts: a folded item's are made from the meeting as it is when it is opened.
        openedParts.values().forEach(parts -> parts.show(seat));
    }

    /** The cards and folded items with their summaries and expected starts, without the opened cards' parts. */
    private void renderItems() {
        if (meeting.items().isEmpty()) {
            agenda.removeAll();
            foldedRuns.clear();
            agenda.add(new Paragraph(getTranslation("agenda.notPublished")));
            return;
        }
        // When each coming item is expected; the page ticks while an item running over can move them.
        TimePlan plan = timePlan.planOf(meeting).orElse(null);
        expectedStartTicks.tickWhile(plan != null && meeting.inSession());
        List<Component> inOrder = new ArrayList<>();
        StringBuilder folded = new StringBuilder();
        String runStart = null;
        List<AgendaItem> items = meeting.items();
        for (int position = 0; position < items.size(); position++) {
            AgendaItem item = items.get(position);
            boolean current = item.id().equals(currentItemId());
            Instant expected = plan == null ? null : plan.expectedStart(item.id()).orElse(null);
            ItemCard card = current || item.id().equals(returnToItemId) ? cardOf(item) : cards.get(item.id());
            if (card == null) {
                if (!folded.isEmpty() && position % FOLDED_RUN_ITEMS == 0) {
                    inOrder.add(foldedRun(runStart, folded));
                    folded.setLength(0);
                }
                runStart = folded.isEmpty() ? item.id() : runStart;
                folded.append(foldedMarkup(item, ItemCard.SummaryFacts.of(item, false, expected, getLocale())));
                continue;
            }
            if (!folded.isEmpty()) {
                inOrder.add(foldedRun(runStart, folded));
                folded.setLength(0);
            }
            card.show(item, current, expected);
            inOrder.add(card);
        }
        if (!folded.isEmpty()) {
            inOrder.add(foldedRun(runStart, folded));
        }
        foldedRuns.values().removeIf(run -> !inOrder.contains(run));
        // An item opened since, or gone from the agenda, needs its folded markup no more.
        foldedPanels.keySet().removeIf(itemId -> cards.containsKey(itemId) || meeting.item(itemId).isEmpty());
        // Only what is out of place moves: re-adding every card detached and attached all of them, note fields and
        // all, in every open view each time an item became current.
        KeyedRows.placeInOrder(agenda, inOrder);
    }

    /** The folded item's markup, made again only when what its summary shows changed. */
    private String foldedMarkup(AgendaItem item, ItemCard.SummaryFacts facts) {
        FoldedPanel panel = foldedPanels.get(item.id());
        if (panel == null || !panel.facts().equals(facts)) {
            // Interned as Markup does: the views open on a meeting mostly show the same folded items.
            panel = new FoldedPanel(facts, ItemCard.foldedMarkup(item, facts, this).intern());
            foldedPanels.put(item.id(), panel);
        }
        return panel.markup();
    }

    /** The run of folded items from {@code firstItemId} on, showing {@code markup}; the last drawing's is reused. */
    private FoldedItems foldedRun(String firstItemId, CharSequence markup) {
        FoldedItems run = foldedRuns.computeIfAbsent(firstItemId, id -> new FoldedItems());
        run.show(markup.toString());
        return run;
    }

    /**
     * A tap (or Enter) on a folded item's summary: the browser opened its panel, empty; the item's card takes its
     * place, opened, and gets the keyboard's focus back, which left with the markup it replaced.
     */
    private void openFolded(String itemId) {
        if (cards.containsKey(itemId)) {
            return;
        }
        meeting.item(itemId).ifPresent(item -> {
            ItemCard card = cardOf(item);
            renderItems();
            card.setOpened(true);
            card.getElement().executeJs("""
                    if (!document.activeElement || document.activeElement === document.body) {
                      this.querySelector(':scope > [slot=summary]')?.focus();
                    }""");
        });
    }

    private ItemCard cardOf(AgendaItem item) {
        return cards.computeIfAbsent(item.id(), id -> new ItemCard(meeting.id(), () -> {
            ItemParts parts = new ItemParts(item.id(), item.kind());
            openedParts.put(item.id(), parts);
            parts.show(seat());
            return parts.components();
        }));
    }

    /** What a folded item's markup was made from (its id aside), and the markup. */
    private record FoldedPanel(ItemCard.SummaryFacts facts, String markup) {
    }

    /** Below an opened card's own text: the round-the-table feed, protocol entries, the vote and the viewer's note. */
    private final class ItemParts {

        private final String itemId;
        /** Only under a round-the-table item. */
        private final RoundTableFeed feed;
        private final ProtocolEntryPanel entries;
        private final ItemVotingInfo votingInfo;
        private final NoteField noteField = new NoteField(notes, notesRead);

        ItemParts(String itemId, ItemKind kind) {
            this.itemId = itemId;
            feed = kind == ItemKind.ROUND_THE_TABLE ? new RoundTableFeed(itemId, new RoundTablePosting()) : null;
            entries = new ProtocolEntryPanel(itemId, (id, text) -> run(
                    () -> protocolEntries.request(meeting.id(), id, text, viewer), "protocol.field."));
            votingInfo = new ItemVotingInfo(itemId, AgendaView.this::declareConflict);
        }

        List<Component> components() {
            return Stream.<Component>of(feed, entries, votingInfo, noteField).filter(Objects::nonNull).toList();
        }

        void show(Participant seat) {
            meeting.item(itemId).ifPresent(item -> entries.show(meeting, item, seat, getLocale()));
            if (feed != null) {
                boolean canPost = seat != null && meeting.status() == MeetingStatus.LIVE
                        && itemId.equals(meeting.currentItemId());
                feed.show(meeting, seat, canPost, getLocale());
            }
            votingInfo.show(meeting, seat);
            noteField.show(binding.meeting(), NotePlace.item(itemId), viewer);
        }
    }

    /**
     * The viewer's place in this meeting, or null when they do not take part in it as a member now (not
     * summoned, or a substitute who is not seated).
     */
    private Participant seat() {
        return viewer == null ? null : viewer.seatIn(binding.meeting()).orElse(null);
    }

    private Meeting visible(Meeting full) {
        return MeetingVisibility.visibleTo(audienceOf(full), full, viewer == null ? null : viewer.memberId());
    }

    private Audience audienceOf(Meeting full) {
        return viewer == null ? Audience.PUBLIC : viewer.audienceFor(full);
    }

    /** The logged-in member's own attendance commands. */
    private final class OwnAttendance implements MemberBar.Commands {

        @Override
        public boolean checkIn() {
            boolean stored = mark(AttendanceStatus.PRESENT, null);
            if (stored) {
                Notification.show(getTranslation("live.checkedIn"));
            }
            return stored;
        }

        @Override
        public boolean sendApology(String reason) {
            return mark(AttendanceStatus.APOLOGY, reason);
        }

        @Override
        public boolean takeBackApology() {
            boolean stored = mark(AttendanceStatus.EXPECTED, null);
            if (stored) {
                Notification.show(getTranslation("live.apology.takenBack"));
            }
            return stored;
        }

        @Override
        public boolean leaveNow() {
            return mark(AttendanceStatus.LEFT, null);
        }

        @Override
        public boolean planDeparture(PlannedDeparture departure) {
            return run(() -> attendance.planDeparture(meeting.id(), viewer.memberId(), departure, viewer));
        }

        private boolean mark(AttendanceStatus status, String reason) {
            return run(() -> attendance.mark(meeting.id(), viewer.memberId(), status, null, reason, viewer));
        }
    }

    /** The member declares themself inhabil on the item. */
    private void declareConflict(String itemId) {
        run(() -> voting.declareConflict(meeting.id(), itemId, viewer.memberId(), viewer));
    }

    /**
     * Runs a member's command and shows the meeting it returns at once; a refusal is said in the
     * member's language and changes nothing on screen.
     */
    private boolean run(Supplier<Meeting> command) {
        return run(command, "live.field.");
    }

    /** As {@link #run(Supplier)}, with the translations of the command's field names under {@code fieldKeys}. */
    private boolean run(Supplier<Meeting> command, String fieldKeys) {
        try {
            binding.show(command.get());
            return true;
        } catch (CommandRefusedException refused) {
            Refusals.show(this, refused, fieldKeys);
            return false;
        }
    }

    /** Round-the-table commands as the logged-in member. */
    private final class RoundTablePosting implements RoundTableFeed.Posting {

        @Override
        public boolean post(String text) {
            return run(() -> roundTable.post(meeting.id(), text, viewer));
        }

        @Override
        public boolean edit(String postId, String text) {
            return run(() -> roundTable.edit(meeting.id(), postId, text, viewer));
        }

        @Override
        public boolean withdraw(String postId) {
            return run(() -> roundTable.withdraw(meeting.id(), postId, viewer));
        }
    }

    @Override
    public String getPageTitle() {
        return meeting.title() + " · Plenum";
    }

    /** Everything the meeting header shows; whose links (the control desk's, "Mine noter") depends on the viewer. */
    private record HeaderFacts(String council, String title, Instant startsAt, Instant endsAt, String location,
            String listedStatus, MeetingKind kind, Locale locale, String viewer,
            Instant minutesApprovedAt) {
    }
}
