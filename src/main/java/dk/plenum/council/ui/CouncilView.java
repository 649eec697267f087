package dk.plenum.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilMember;
import dk.plenum.council.CouncilService;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.AccountService.NewAccount;
import dk.plenum.security.CurrentActor;
import dk.plenum.security.Login;
import dk.plenum.shell.Badges;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Navigation;
import dk.plenum.shell.Refusals;
import dk.plenum.visibility.MeetingVisibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A council's page: what it is, its meetings coming and past, its plan and calendar feed, and its members.
 * Everyone sees the members of today by name, role and party; the council's secretariat (or an administrator)
 * also sees e-mail addresses, membership periods and former members, edits the council and its members, and
 * manages their logins from here.
 */
@AnonymousAllowed
@Route(value = Navigation.COUNCIL, layout = MainLayout.class)
class CouncilView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final CouncilService councils;
    private final AccountService accounts;
    private final CurrentActor currentActor;
    private final MeetingJournal journal;
    private String councilId;
    private Council council;
    private Locale locale = Locale.getDefault();

    CouncilView(CouncilService councils, AccountService accounts, CurrentActor currentActor, MeetingJournal journal) {
        this.councils = councils;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.journal = journal;
        addClassNames("plenum-page", "plenum-council-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        councilId = event.getRouteParameters().get(Navigation.COUNCIL_ID).orElse("");
        if (councils.find(councilId).isEmpty()) {
            throw new NotFoundException("No council " + councilId);
        }
        // Drawn on every visit: from one council's page to another's, Vaadin keeps this view.
        locale = getLocale();
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        locale = event.getLocale();
        render();
    }

    private boolean managed() {
        return currentActor.get().filter(actor -> actor.isSecretariatOf(councilId)).isPresent();
    }

    private void render() {
        removeAll();
        LocalDate today = LocalDate.now(MeetingTimes.COUNCIL_ZONE);
        council = councils.shownTo(currentActor.get(), councilId, today).orElseThrow();
        add(new H1(council.name()));
        if (council.description() != null) {
            add(new Paragraph(council.description()));
        }
        Paragraph facts = new Paragraph(getTranslation("council.timeZone", MeetingTimes.COUNCIL_ZONE.getId()));
        if (council.defaultLocation() != null) {
            facts.setText(getTranslation("council.defaultLocationIs", council.defaultLocation()) + " · "
                    + facts.getText());
        }
        facts.addClassName("plenum-council-facts");
        add(facts, actions());
        addMeetings();
        addMembers(today);
    }

    private Div actions() {
        Anchor plan = new Anchor(Navigation.plan(councilId), getTranslation("council.plan"));
        // A plain link: the feed is served by the API, not by a view.
        Anchor feed = new Anchor("api/councils/" + councilId + "/meetings.ics", getTranslation("plan.subscribe"));
        feed.setRouterIgnore(true);
        Div actions = new Div(plan, feed);
        actions.addClassName("plenum-council-actions");
        if (managed()) {
            Button edit = new Button(getTranslation("council.edit"), click -> new CouncilForm(council,
                    details -> {
                        councils.edit(currentActor.require(), councilId, details);
                        renderWithTitle();
                    }).open());
            edit.addClassName("plenum-edit-council");
            actions.add(edit);
            // A link by route: the form belongs to the preparation feature, which council may not name.
            Anchor newMeeting = new Anchor(Navigation.newMeeting(councilId), getTranslation("meetings.new",
                    council.name()));
            newMeeting.addClassName("plenum-new-meeting-link");
            actions.add(newMeeting);
        }
        return actions;
    }

    private void addMeetings() {
        Instant now = Instant.now();
        List<Meeting> meetings = journal.findAll().stream().filter(meeting -> meeting.councilId().equals(councilId))
                .filter(meeting -> MeetingVisibility.isVisibleTo(currentActor.audienceFor(meeting), meeting)).toList();
        meetingList("council.meetings.coming", meetings.stream().filter(meeting -> !meeting.past(now))
                .sorted(Comparator.comparing(Meeting::startsAt)).toList());
        meetingList("council.meetings.past", meetings.stream().filter(meeting -> meeting.past(now))
                .sorted(Comparator.comparing(Meeting::startsAt).reversed()).toList());
    }

    private void meetingList(String headingKey, List<Meeting> meetings) {
        add(new H2(getTranslation(headingKey)));
        if (meetings.isEmpty()) {
            add(new Paragraph(getTranslation("meetings.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassNames("plenum-council-list", "plenum-council-meetings");
        meetings.forEach(meeting -> {
            Anchor link = new Anchor(Navigation.agenda(meeting.id()), meeting.title());
            Span when = new Span(MeetingTimes.date(meeting.startsAt(), locale));
            when.addClassName("plenum-member-details");
            ListItem entry = new ListItem(link, when, Badges.meetingStatus(meeting, this));
            entry.addClassName("plenum-council-meeting");
            list.add(entry);
        });
        add(list);
    }


    private void addMembers(LocalDate today) {
        add(new H2(getTranslation("council.members")));
        boolean managed = managed();
        Map<String, Login> logins = managed
                ? accounts.loginsOf(currentActor.require(), councilId).stream().filter(login -> login.memberId() != null)
                        .collect(Collectors.toMap(Login::memberId, Function.identity(), (first, second) -> first))
                : Map.of();
        if (managed) {
            Button add = new Button(getTranslation("council.member.add"), click -> new MemberForm(null, locale,
                    details -> {
                        councils.addMember(currentActor.require(), councilId, details);
                        render();
                    }).open());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.addClassName("plenum-add-member");
            add(add);
        }
        Comparator<CouncilMember> order = Comparator.comparing((CouncilMember member) ->
                MemberForm.ROLES.indexOf(member.role())).thenComparing(CouncilMember::name);
        List<CouncilMember> current = council.members().stream().filter(member -> member.belongsOn(today))
                .sorted(order).toList();
        add(memberList(current, logins, "plenum-members-current"));
        List<CouncilMember> former = council.members().stream().filter(member -> !member.belongsOn(today))
                .sorted(order).toList();
        if (!former.isEmpty()) {
            add(new H2(getTranslation("council.members.other")));
            add(memberList(former, logins, "plenum-members-other"));
        }
    }

    private UnorderedList memberList(List<CouncilMember> members, Map<String, Login> logins, String className) {
        UnorderedList list = new UnorderedList();
        list.addClassNames("plenum-member-list", className);
        members.forEach(member -> list.add(memberRow(member, Optional.ofNullable(logins.get(member.id())))));
        if (members.isEmpty()) {
            list.add(new ListItem(getTranslation("council.members.none")));
        }
        return list;
    }

    private ListItem memberRow(CouncilMember member, Optional<Login> login) {
        Span name = new Span(member.name());
        name.addClassName("plenum-member-name");
        ListItem row = new ListItem(name, Badges.badge(getTranslation("control.role." + member.role()),
                Badges.Tone.NEUTRAL));
        row.addClassName("plenum-member");
        row.getElement().setAttribute("data-member", member.name());
        String details = String.join(" · ", Stream.of(member.party(), member.email(),
                period(member)).filter(text -> text != null).toList());
        if (!details.isEmpty()) {
            Span detailText = new Span(details);
            detailText.addClassName("plenum-member-details");
            row.add(detailText);
        }
        if (managed()) {
            login.ifPresent(account -> row.add(loginBadge(account)));
            row.add(memberActions(member, login));
        }
        return row;
    }

    private String period(CouncilMember member) {
        if (member.memberFrom() == null && member.memberTo() == null) {
            return null;
        }
        return getTranslation("council.member.period", day(member.memberFrom()), day(member.memberTo()));
    }

    private String day(LocalDate day) {
        return day == null ? "…" : MeetingTimes.date(day.atStartOfDay(MeetingTimes.COUNCIL_ZONE).toInstant(), locale);
    }

    private Span loginBadge(Login login) {
        String state = !login.active() ? "inactive" : login.awaitingActivation() ? "awaiting" : "active";
        Span badge = Badges.badge(getTranslation("council.login.state." + state, login.username()),
                login.active() && !login.awaitingActivation() ? Badges.Tone.OPEN : Badges.Tone.INFO);
        badge.addClassName("plenum-login-state");
        return badge;
    }

    private Div memberActions(CouncilMember member, Optional<Login> login) {
        Div actions = new Div();
        actions.addClassName("plenum-member-actions");
        actions.add(small("council.member.edit", "plenum-edit-member", () -> new MemberForm(member, locale,
                details -> {
                    councils.editMember(currentActor.require(), councilId, member.id(), details);
                    render();
                }).open()));
        if (member.memberTo() == null || !member.memberTo().isBefore(LocalDate.now(MeetingTimes.COUNCIL_ZONE))) {
            actions.add(small("council.member.end", "plenum-end-member", () -> endMembership(member)));
        }
        if (login.isEmpty()) {
            actions.add(small("council.login.create", "plenum-create-login", () -> new LoginDialog(
                    getTranslation("council.login.createTitle", member.name()), suggestedUsername(member), locale,
                    (username, password) -> accounts.create(currentActor.require(), newAccount(username, member),
                            password),
                    username -> accounts.createWithActivationLink(currentActor.require(), newAccount(username, member)),
                    this::render).open()));
            return actions;
        }
        Login account = login.get();
        actions.add(small("council.login.reset", "plenum-reset-login", () -> new LoginDialog(
                getTranslation("council.login.resetTitle", account.username()), null, locale,
                (none, password) -> accounts.resetPassword(currentActor.require(), account.username(), password),
                none -> accounts.resetWithActivationLink(currentActor.require(), account.username()),
                this::render).open()));
        if (account.active()) {
            actions.add(small("council.login.deactivate", "plenum-deactivate-login", () -> confirm(
                    getTranslation("council.login.deactivateConfirm", account.username()),
                    () -> accounts.deactivate(currentActor.require(), account.username()))));
        } else {
            actions.add(small("council.login.reactivate", "plenum-reactivate-login",
                    () -> act(() -> accounts.reactivate(currentActor.require(), account.username()))));
        }
        return actions;
    }

    private NewAccount newAccount(String username, CouncilMember member) {
        // The role follows the member's (a member in the secretariat role gets a secretariat login).
        return new NewAccount(username, AccountRole.MEMBER, councilId, member.id());
    }

    /** The name in lower case, its parts joined by dots ("kirsten.larsen"); the secretariat may change it. */
    private static String suggestedUsername(CouncilMember member) {
        return String.join(".", member.name().toLowerCase(Locale.ROOT).split("[\\s:]+"));
    }

    private void endMembership(CouncilMember member) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("council.member.endTitle", member.name()));
        DatePicker lastDay = new DatePicker(getTranslation("council.label.memberTo"),
                LocalDate.now(MeetingTimes.COUNCIL_ZONE));
        lastDay.setLocale(locale);
        dialog.add(new Paragraph(getTranslation("council.member.endExplained")), lastDay);
        Button end = new Button(getTranslation("council.member.end"), click -> {
            try {
                councils.endMembership(currentActor.require(), councilId, member.id(), lastDay.getValue());
                dialog.close();
                render();
            } catch (CommandRefusedException refused) {
                Refusals.show(this, refused, "council.field.");
            }
        });
        end.addThemeVariants(ButtonVariant.PRIMARY);
        end.addClassName("plenum-end-member-confirm");
        dialog.getFooter().add(new Button(getTranslation("council.form.cancel"), click -> dialog.close()), end);
        dialog.open();
    }

    private void confirm(String question, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("council.form.cancel"));
        dialog.setConfirmText(getTranslation("council.login.deactivate"));
        dialog.addConfirmListener(confirmed -> act(action));
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            render();
        } catch (CommandRefusedException refused) {
            Refusals.show(this, refused, "council.field.");
        }
    }

    private Button small(String textKey, String className, Runnable action) {
        Button button = new Button(getTranslation(textKey), click -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName(className);
        return button;
    }

    /** After an edit of the council itself: its name may have changed. */
    private void renderWithTitle() {
        render();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return council == null ? "Plenum" : council.name() + " · Plenum";
    }
}
