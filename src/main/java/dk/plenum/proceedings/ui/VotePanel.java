package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.meeting.VoteSentence;
import dk.plenum.voting.VoteInput;
import dk.plenum.voting.VotingService;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The chosen item's conflicts of interest and its vote, on the control desk. Inhabilitet: record it for a member,
 * or lift it. The vote in a few taps: "Enstemmigt" at once, or for / against / abstain per party or group (and per
 * member without one, or who voted otherwise than their group), then record it; the counts follow from who takes
 * part in the item, never typed.
 */
class VotePanel extends Div {

    private final VotingService voting;
    private final CommandRunner commands;

    private final H3 heading = new H3();
    private final Div conflicts = new Div();
    private final Select<String> conflictMember = new Select<>();
    private final Button recordConflict = new Button();
    private final Button unanimous = new Button();
    private final Button byMember = new Button();
    private final Div rows = new Div();
    private final Button save = new Button();
    private final Paragraph recorded = new Paragraph();
    /** Member names by id, for the member choice, as last drawn. */
    private final Map<String, String> names = new LinkedHashMap<>();
    /** The choice tapped for each group ("party:A") or member ("member:id"), until recorded or another item is chosen. */
    private final Map<String, Choice> choices = new HashMap<>();
    private final Map<String, Map<Choice, Button>> choiceButtons = new HashMap<>();

    private Meeting shown;
    private String meetingId;
    private String itemId;
    /** Who took part, by group, when the rows were last drawn: they are redrawn only when that changes. */
    private Drawn drawnRows;
    /** Who the conflict-of-interest list offers now. */
    private List<String> offeredForConflicts;
    /** Member by member rather than by group: every member taking part gets a row of their own. */
    private boolean perMember;

    VotePanel(VotingService voting, CommandRunner commands) {
        this.voting = voting;
        this.commands = commands;
        addClassName("plenum-control-vote");
        conflicts.addClassName("plenum-control-conflicts");
        conflictMember.addClassName("plenum-control-conflict-member");
        conflictMember.setItemLabelGenerator(id -> names.getOrDefault(id, id));
        recordConflict.addClassName("plenum-control-record-conflict");
        recordConflict.addClickListener(click -> recordConflict());
        Div conflictForm = new Div(conflictMember, recordConflict);
        conflictForm.addClassName("plenum-control-conflict-form");
        unanimous.addClassName("plenum-control-unanimous");
        unanimous.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        unanimous.addClickListener(click -> record(VoteInput.unanimously()));
        byMember.addClassName("plenum-control-vote-by-member");
        byMember.addClickListener(click -> {
            perMember = !perMember;
            choices.clear();
            drawnRows = null;
            show(shown, itemId);
        });
        rows.addClassName("plenum-control-vote-rows");
        save.addClassName("plenum-control-save-vote");
        save.addClickListener(click -> record(counted()));
        recorded.addClassName("plenum-control-recorded-vote");
        recorded.getElement().setAttribute("aria-live", "polite");
        Div ways = new Div(unanimous, byMember);
        ways.addClassName("plenum-control-vote-ways");
        add(heading, conflicts, conflictForm, ways, rows, save, recorded);
    }

    /** Shows the item chosen on the desk; nothing when none is. */
    void show(Meeting meeting, String chosenItemId) {
        AgendaItem item = chosenItemId == null ? null : meeting.item(chosenItemId).orElse(null);
        setVisible(item != null);
        if (item == null) {
            return;
        }
        if (!item.id().equals(itemId) || !meeting.id().equals(meetingId)) {
            // Another item's vote starts untapped; the same rows are kept and shown so (rebuilt only if they differ).
            choices.clear();
            choiceButtons.keySet().forEach(this::showPressed);
        }
        shown = meeting;
        meetingId = meeting.id();
        itemId = item.id();
        heading.setText(getTranslation("voting.vote") + " · " + item.number() + ". " + item.title());
        showConflicts(meeting, item.number());
        showRows(meeting);
        unanimous.setText(getTranslation("voting.vote.unanimous"));
        byMember.setText(getTranslation("voting.vote.byMember"));
        byMember.getElement().setAttribute("aria-pressed", String.valueOf(perMember));
        save.setText(getTranslation("voting.vote.save"));
        String vote = meeting.voting().voteOn(itemId).map(held -> getTranslation("voting.vote.recorded",
                VoteSentence.of(meeting, held, getLocale()))).orElse("");
        recorded.setText(vote);
        recorded.setVisible(!vote.isEmpty());
    }

    private void showConflicts(Meeting meeting, int itemNumber) {
        conflicts.removeAll();
        for (String memberId : meeting.voting().conflictedOn(itemId)) {
            String name = meeting.nameOf(memberId);
            Span who = new Span(getTranslation("voting.conflict.of", name));
            Button lift = new Button(getTranslation("voting.conflict.lift", name), click ->
                    commands.run(actor -> voting.liftConflict(meetingId, itemId, memberId, actor)));
            lift.addClassName("plenum-control-lift-conflict");
            lift.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div row = new Div(who, lift);
            row.addClassName("plenum-control-conflict");
            conflicts.add(row);
        }
        names.clear();
        meeting.participants().stream()
                .filter(participant -> participant.votes() || participant.role() == MemberRole.SUBSTITUTE)
                .filter(participant -> !meeting.voting().isConflicted(itemId, participant.memberId()))
                .forEach(participant -> names.put(participant.memberId(), participant.name()));
        List<String> eligible = List.copyOf(names.keySet());
        String chosen = conflictMember.getValue();
        // Items set again are all sent again: only when those who may declare one changed.
        if (!eligible.equals(offeredForConflicts)) {
            offeredForConflicts = eligible;
            conflictMember.setItems(eligible);
        }
        conflictMember.setValue(chosen != null && eligible.contains(chosen) ? chosen : null);
        conflictMember.setLabel(getTranslation("voting.conflict.choose"));
        conflictMember.setAriaLabel(getTranslation("voting.conflict.recordFor", itemNumber));
        recordConflict.setText(getTranslation("voting.conflict.record"));
    }

    /** A row per group taking part, and per member taking part without a group, each with for / against / abstain. */
    private void showRows(Meeting meeting) {
        Map<String, List<Participant>> byGroup = new LinkedHashMap<>();
        for (Participant participant : Participation.takingPart(meeting, itemId)) {
            String key = perMember || participant.party() == null ? "member:" + participant.memberId()
                    : "party:" + participant.party();
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(participant);
        }
        Drawn now = new Drawn(byGroup, getLocale());
        if (now.equals(drawnRows)) {
            return;
        }
        drawnRows = now;
        rows.removeAll();
        choiceButtons.clear();
        choices.keySet().retainAll(byGroup.keySet());
        byGroup.forEach((key, members) -> rows.add(row(key, members)));
        save.setEnabled(!byGroup.isEmpty());
        unanimous.setEnabled(!byGroup.isEmpty());
    }

    private Div row(String key, List<Participant> members) {
        Span label = new Span(key.startsWith("party:")
                ? getTranslation("voting.vote.groupLabel", members.getFirst().party(), members.size())
                : members.getFirst().name());
        label.addClassName("plenum-control-vote-who");
        Div buttons = new Div();
        buttons.addClassName("plenum-control-vote-choices");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", label.getText());
        Map<Choice, Button> byChoice = new EnumMap<>(Choice.class);
        for (Choice choice : Choice.values()) {
            Button button = new Button(getTranslation("voting.vote." + choice), click -> choose(key, choice));
            button.addClassName("plenum-control-vote-choice");
            button.getElement().setAttribute("data-choice", choice.name());
            byChoice.put(choice, button);
            buttons.add(button);
        }
        choiceButtons.put(key, byChoice);
        showPressed(key);
        Div row = new Div(label, buttons);
        row.addClassName("plenum-control-vote-row");
        row.getElement().setAttribute("data-key", key);
        return row;
    }

    private void choose(String key, Choice choice) {
        choices.put(key, choice);
        showPressed(key);
    }

    private void showPressed(String key) {
        choiceButtons.get(key).forEach((choice, button) -> {
            boolean pressed = choice == choices.get(key);
            button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
            if (pressed) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    /** The taps as a vote: groups by their letter, members by id; an untapped row is left out, and refused. */
    private VoteInput counted() {
        Map<String, Choice> groups = new HashMap<>();
        Map<String, Choice> members = new HashMap<>();
        choices.forEach((key, choice) -> (key.startsWith("party:") ? groups : members)
                .put(key.substring(key.indexOf(':') + 1), choice));
        return new VoteInput(false, groups, members);
    }

    private void record(VoteInput input) {
        String meeting = meetingId;
        String item = itemId;
        if (commands.run(actor -> voting.recordVote(meeting, item, input, actor))) {
            choices.clear();
            choiceButtons.keySet().forEach(this::showPressed);
        }
    }

    private void recordConflict() {
        String memberId = conflictMember.getValue();
        if (Objects.isNull(memberId)) {
            conflictMember.focus();
            return;
        }
        String meeting = meetingId;
        String item = itemId;
        commands.run(actor -> voting.declareConflict(meeting, item, memberId, actor));
    }

    /** The rows as drawn: who takes part, in which row, and in which language. */
    private record Drawn(Map<String, List<Participant>> rows, Locale locale) {
    }
}
