package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.decision.DecisionService;
import dk.plenum.live.LiveMeetings;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.minutes.MinutesService;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.protocol.ProtocolEntryQueue;
import dk.plenum.roundtable.RoundTableModeration;
import dk.plenum.roundtable.RoundTableService;
import dk.plenum.protocol.ProtocolEntryService;
import dk.plenum.voting.VotingService;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.security.NotAllowedException;
import dk.plenum.shell.Badges;
import dk.plenum.shell.KeyedRows;
import dk.plenum.shell.LiveMeetingBinding;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Navigation;
import dk.plenum.shell.QuorumBanner;
import dk.plenum.shell.Refusals;
import dk.plenum.shell.SafeConfirm;
import dk.plenum.speakers.SpeakerDesk;
import dk.plenum.voting.BallotDesk;
import dk.plenum.voting.BallotService;
import dk.plenum.speakers.SpeakerService;
import dk.plenum.timeplan.TimePlanService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The secretariat's desk during a meeting: start, adjourn, resume and close it; move through the
 * items, add late ones and reorder them; record decisions; keep the attendance. Follows the meeting
 * live, so two secretaries can share the work. Anyone else logged in is told that the desk is the secretariat's
 * ({@link ControlDeskRefusedView}).
 */
@RolesAllowed({"SECRETARIAT", "ADMINISTRATOR"})
@AccessDeniedErrorRouter(rerouteToError = ControlDeskRefusedException.class)
@Route(value = Navigation.CONTROL, layout = MainLayout.class)
@StyleSheet("styles/control-desk.css")
class MeetingControlView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle,
        LiveMeetingBinding.Screen, ItemRow.Actions {

    static final String MEETING_ID = Navigation.MEETING_ID;

    /** Vaadin advises a few pushes a second at most; a burst of events becomes one re-render. */
    static final Duration REFRESH_INTERVAL = Duration.ofMillis(200);

    private final ProceedingsService proceedings;
    private final MinutesService minutes;
    private final CurrentActor currentActor;
    private final LiveMeetingBinding binding;

    private final Div header = new Div();
    private final Div itemList = new Div();
    private final DecisionEditor decisionEditor;
    private final AttendanceBoard attendanceBoard;
    private final ProtocolEntryQueue protocolQueue;
    private final RoundTableModeration roundTableModeration;
    private final TimePlanStatus timePlanStatus;
    private final TimePlanEditor timePlanEditor;
    private final SpeakerDesk speakerDesk;
    private final BallotDesk ballotDesk;
    private final VotePanel votePanel;
    private final QuorumBanner quorumBanner = new QuorumBanner();
    private final H2 itemsHeading = new H2();
    private final H2 attendanceHeading = new H2();
    private final Button addItem = new Button();

    /** The meeting as drawn; {@link #binding} keeps it current. */
    private Meeting meeting;
    private String selectedItemId;
    /** The item the agenda and the decision panel were last drawn for: a selection already drawn is not drawn again. */
    private String drawnSelectedItemId;
    /** The status buttons as last drawn: where focus goes after a redraw. */
    private Div shownStatusButtons = new Div();
    private final KeyedRows<AgendaItem, ItemRow> itemRows =
            new KeyedRows<>(itemList, AgendaItem::id, item -> new ItemRow(item.id(), this),
                    (row, item) -> row.show(meeting, item, item.id().equals(selectedItemId)));

    MeetingControlView(MeetingJournal journal, ProceedingsService proceedings, DecisionService decisions,
            AttendanceService attendance, CurrentActor currentActor, LiveMeetings live,
            ProtocolEntryService protocolEntries, SpeakerService speakers,
            VotingService voting, BallotService ballots, TimePlanService timePlan, MinutesService minutes,
            RoundTableService roundTable) {
        this.proceedings = proceedings;
        this.minutes = minutes;
        this.currentActor = currentActor;
        this.binding = LiveMeetingBinding.bind(this, journal, live, REFRESH_INTERVAL, this);
        this.decisionEditor = new DecisionEditor(decisions, this::run);
        this.attendanceBoard = new AttendanceBoard(attendance, this::run);
        this.protocolQueue = new ProtocolEntryQueue(protocolEntries, this::run);
        this.roundTableModeration = new RoundTableModeration(roundTable, this::run);
        this.speakerDesk = new SpeakerDesk(speakers, this::run);
        this.votePanel = new VotePanel(voting, this::run);
        this.ballotDesk = new BallotDesk(ballots, this::run);
        this.timePlanEditor = new TimePlanEditor(timePlan, this::run);
        this.timePlanStatus = new TimePlanStatus(timePlan);
        addClassNames("plenum-page", "plenum-control");

        header.addClassName("plenum-meeting-header");
        addItem.addClassName("plenum-control-add-item");
        addItem.setIcon(VaadinIcon.PLUS.create());
        addItem.addClickListener(click -> new LateItemDialog(late ->
                binding.show(proceedings.addLateItem(meeting.id(), late, currentActor.require()))).open());
        Div itemsTitle = new Div(itemsHeading, addItem);
        itemsTitle.addClassName("plenum-control-section-title");
        itemList.addClassName("plenum-control-items");
        Div items = new Div(itemsTitle, itemList, timePlanEditor);
        items.addClassName("plenum-control-agenda");
        Div attendanceSection = new Div(attendanceHeading, attendanceBoard);
        attendanceSection.addClassName("plenum-control-attendance");
        // The chosen item's vote is decided with it: in the same column, which stays in view.
        decisionEditor.add(votePanel, ballotDesk);
        Div desk = new Div(items, decisionEditor, speakerDesk, protocolQueue, roundTableModeration, attendanceSection);
        desk.addClassName("plenum-control-desk");
        add(header, quorumBanner, desk);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Meeting entered = binding.enter(event, MEETING_ID, this::mayRun).orElse(null);
        if (entered == null) {
            // The agenda shows this secretary what the public may see; the control desk is its council's own.
            Refusals.show(this, new NotAllowedException("refused.otherCouncil"), "control.field.");
            event.forwardTo(Navigation.agenda(event.getRouteParameters().get(MEETING_ID).orElseThrow()));
            return;
        }
        if (meeting == null) {
            // The first meeting of this view: drawn when Vaadin attaches the view and calls localeChange.
            meeting = entered;
            selectedItemId = entered.currentItemId();
        }
    }

    /** The view is for the secretariat (its route says so); this asks whether of this meeting's council. */
    private boolean mayRun(Meeting requested) {
        return currentActor.require().isSecretariatOf(requested.councilId());
    }

    /** Reused by the router for another meeting: nothing of the previous one may stay, not even the chosen item. */
    @Override
    public void showAnother(Meeting another) {
        meeting = another;
        selectedItemId = another.currentItemId();
        decisionEditor.forget();
        itemRows.clear();
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        itemsHeading.setText(getTranslation("control.items"));
        attendanceHeading.setText(getTranslation("control.attendance"));
        addItem.setText(getTranslation("control.addItem"));
        render();
    }

    /**
     * Runs a command as the logged-in secretary and shows the meeting it returns. A refusal changes
     * nothing and is shown as a translated message.
     */
    boolean run(Function<Actor, Meeting> command) {
        try {
            binding.show(command.apply(currentActor.require()));
            return true;
        } catch (CommandRefusedException refused) {
            Refusals.show(this, refused, "control.field.");
            return false;
        }
    }


    /** Shows a changed meeting, rebuilding only the parts it changed: a tablet redraws less, and sooner. */
    @Override
    public void showChanged(Meeting before, Meeting changed) {
        meeting = changed;
        if (selectedItemId == null) {
            selectedItemId = changed.currentItemId();
        }
        if (before.status() != changed.status() || before.minutesApproved() != changed.minutesApproved()) {
            renderHeader();
        }
        renderAgenda();
        timePlanStatus.show(changed);
        timePlanEditor.show(changed);
        protocolQueue.show(changed);
        roundTableModeration.show(changed);
        if (!before.participants().equals(changed.participants())) {
            attendanceBoard.show(changed);
        }
        speakerDesk.show(changed);
    }

    private void render() {
        renderHeader();
        renderAgenda();
        timePlanStatus.show(meeting);
        timePlanEditor.show(meeting);
        protocolQueue.show(meeting);
        roundTableModeration.show(meeting);
        attendanceBoard.show(meeting);
        speakerDesk.show(meeting);
    }

    private void renderAgenda() {
        drawnSelectedItemId = selectedItemId;
        itemRows.show(meeting.items());
        decisionEditor.show(meeting, selectedItemId);
        votePanel.show(meeting, selectedItemId);
        ballotDesk.show(meeting, selectedItemId);
        quorumBanner.show(meeting, true);
    }

    private void renderHeader() {
        Span council = new Span(meeting.councilName());
        council.addClassName("plenum-council");
        Span status = Badges.badge(getTranslation("meeting.status." + meeting.status()),
                meeting.status() == MeetingStatus.LIVE ? Badges.Tone.LIVE : Badges.Tone.INFO);
        status.addClassName("plenum-meeting-status");
        Anchor agenda = new Anchor(Navigation.agenda(meeting.id()), getTranslation("control.toAgenda"));
        agenda.addClassName("plenum-control-to-agenda");
        Div facts = new Div(status, timePlanStatus, agenda);
        Badges.minutesApproved(meeting, this).ifPresent(approved -> facts.addComponentAtIndex(1, approved));
        facts.addClassName("plenum-meeting-facts");
        header.removeAll();
        // A closed meeting takes no late items.
        addItem.setVisible(meeting.status() != MeetingStatus.CLOSED);
        shownStatusButtons = statusButtons();
        header.add(council, new H1(meeting.title()), facts, shownStatusButtons);
    }

    /** Only the steps that make sense now: start; adjourn or close; resume or close; once closed, approve the minutes. */
    private Div statusButtons() {
        Div buttons = new Div();
        buttons.addClassName("plenum-control-status-buttons");
        String id = meeting.id();
        switch (meeting.status()) {
            case SCHEDULED -> buttons.add(statusButton("control.start", ButtonVariant.LUMO_PRIMARY,
                    () -> run(actor -> proceedings.start(id, actor))));
            case LIVE -> buttons.add(
                    statusButton("control.adjourn", ButtonVariant.LUMO_CONTRAST,
                            () -> run(actor -> proceedings.adjourn(id, actor))),
                    statusButton("control.close", ButtonVariant.LUMO_ERROR, this::confirmClose));
            case ADJOURNED -> buttons.add(
                    statusButton("control.resume", ButtonVariant.LUMO_PRIMARY,
                            () -> run(actor -> proceedings.start(id, actor))),
                    statusButton("control.close", ButtonVariant.LUMO_ERROR, this::confirmClose));
            case CLOSED -> {
                if (!meeting.minutesApproved()) {
                    buttons.add(statusButton("control.approveMinutes", ButtonVariant.LUMO_PRIMARY,
                            this::confirmApproveMinutes));
                }
            }
        }
        return buttons;
    }

    private Button statusButton(String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            action.run();
            // Starting, adjourning or resuming redraws these buttons: the next step takes the focus.
            if (!click.getSource().isAttached()) {
                shownStatusButtons.getChildren().findFirst().ifPresent(KeepFocus::on);
            }
        });
        button.addThemeVariants(variant);
        button.addClassName("plenum-control-" + key.substring("control.".length()));
        return button;
    }

    /**
     * Asks before closing, saying how many items still lack a decision (withdrawn items need none). Closing cannot be
     * undone: the safe button has the focus, so Enter on a tablet's keyboard does not close the meeting.
     */
    private void confirmClose() {
        long undecided = meeting.items().stream().filter(item -> item.decision() == null && !item.withdrawn()).count();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("control.close.title"),
                getTranslation("control.close.undecided", undecided) + " " + getTranslation("control.close.text"),
                getTranslation("control.close.confirm"),
                confirmed -> run(actor -> proceedings.close(meeting.id(), actor)));
        confirm.addClassName("plenum-control-close-dialog");
        confirm.setCancelText(getTranslation("control.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        SafeConfirm.open(confirm);
    }

    /**
     * Asks before approving the minutes: from then on a decision changes only as a correction with its reason, votes and
     * protocol entries not at all. The safe button has the focus, as for closing.
     */
    private void confirmApproveMinutes() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("control.approveMinutes.title"),
                getTranslation("control.approveMinutes.text"), getTranslation("control.approveMinutes.confirm"),
                confirmed -> run(actor -> minutes.approve(meeting.id(), actor)));
        confirm.addClassName("plenum-control-approve-minutes-dialog");
        confirm.setCancelText(getTranslation("control.cancel"));
        SafeConfirm.open(confirm);
    }

    /**
     * Makes the item current and chooses it for its decision, drawn once: the item is chosen before the command runs,
     * so the meeting it returns is drawn with it. Drawing it again after the command's own redraw doubled the work of
     * the secretary's request, whose answer then reached the desk after the members' tablets had the change.
     */
    @Override
    public void makeCurrent(String itemId) {
        String chosenBefore = selectedItemId;
        selectedItemId = itemId;
        if (run(actor -> proceedings.setCurrentItem(meeting.id(), itemId, actor))) {
            select(itemId);
        } else {
            selectedItemId = chosenBefore;
        }
    }

    /** Swaps the item with its neighbour one {@code step} (-1 or +1) away in the agenda as it stands now. */
    @Override
    public void move(String itemId, int step) {
        List<String> order = new ArrayList<>(meeting.items().stream().map(AgendaItem::id).toList());
        int from = order.indexOf(itemId);
        int to = from + step;
        if (from < 0 || to < 0 || to >= order.size()) {
            return; // another secretary moved or removed it since this row was drawn
        }
        Collections.swap(order, from, to);
        if (run(actor -> proceedings.reorder(meeting.id(), order, actor))) {
            // Moving up re-inserts the row, which drops focus; at the top or bottom its button is disabled.
            itemRows.row(itemId).ifPresent(row -> KeepFocus.on(row.moveButton(step)));
        }
    }

    /** Chooses the item to decide; its row takes the focus, "Behandl nu" included, which hides itself. */
    @Override
    public void select(String itemId) {
        selectedItemId = itemId;
        if (!itemId.equals(drawnSelectedItemId)) {
            renderAgenda();
        }
        decisionEditor.bringIntoView();
        itemRows.row(itemId).ifPresent(row -> KeepFocus.on(row.select()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("control.title") + " · " + meeting.title() + " · Plenum";
    }
}
