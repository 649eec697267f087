package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.Translations;
import dk.plenum.shell.Badges;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Records the decision of one item in two taps: an outcome (which fills in its usual wording) and
 * save. Typing is only needed for anything beyond the usual words. Recording again amends it.
 */
class DecisionEditor extends Div {

    private final DecisionService decisions;
    private final CommandRunner commands;

    private final H2 heading = new H2();
    private final Paragraph hint = new Paragraph();
    private final Div recorded = new Div();
    private final Div outcomes = new Div();
    private final Map<DecisionOutcome, Button> outcomeButtons = new EnumMap<>(DecisionOutcome.class);
    private final TextArea text = new TextArea();
    private final TextArea publicText = new TextArea();
    private final TextField dissent = new TextField();
    private final DissentPicker dissenters = new DissentPicker();
    /** Only once the minutes are approved: then a change is a correction, and says why. */
    private final TextField correctionReason = new TextField();
    private final Button save = new Button();
    private final Div form = new Div();

    private Meeting meeting;
    private String meetingId;
    private AgendaItem item;
    private DecisionOutcome outcome;
    /** What the fields held when last filled from the meeting, to tell whether someone has typed since. */
    private DecisionInput loaded;
    /** The language the outcome buttons are labelled in. */
    private Locale outcomesLocale;

    DecisionEditor(DecisionService decisions, CommandRunner commands) {
        this.decisions = decisions;
        this.commands = commands;
        addClassName("plenum-control-decision");
        recorded.addClassName("plenum-control-recorded");
        outcomes.addClassName("plenum-control-outcomes");
        for (DecisionOutcome choice : DecisionOutcome.values()) {
            Button button = new Button("", click -> choose(choice));
            button.addClassName("plenum-control-outcome");
            button.getElement().setAttribute("data-outcome", choice.name());
            outcomeButtons.put(choice, button);
            outcomes.add(button);
        }
        text.addClassName("plenum-control-decision-text");
        publicText.addClassName("plenum-control-public-text");
        dissent.addClassName("plenum-control-dissent");
        correctionReason.addClassName("plenum-control-correction-reason");
        correctionReason.setWidthFull();
        text.setWidthFull();
        publicText.setWidthFull();
        dissent.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("plenum-control-save");
        save.addClickListener(click -> save());
        form.add(outcomes, text, publicText, dissent, dissenters, correctionReason, save);
        add(heading, hint, recorded, form);
    }

    /** Shows the item to decide; keeps what the secretary is typing unless another item was chosen. */
    void show(Meeting meeting, String itemId) {
        AgendaItem next = itemId == null ? null : meeting.item(itemId).orElse(null);
        boolean otherItem = next == null || item == null || !next.id().equals(item.id());
        boolean untouched = loaded == null || loaded.equals(input());
        this.meeting = meeting;
        meetingId = meeting.id();
        item = next;
        correctionReason.setVisible(meeting.minutesApprovedAt() != null);
        if (otherItem || untouched) {
            fill(next == null ? null : next.decision());
        }
        renderLabels();
    }

    /** Drops the item and whatever was typed for it: the view now shows another meeting, whose items may share ids. */
    void forget() {
        item = null;
        loaded = null;
    }

    private void renderLabels() {
        hint.setVisible(item == null);
        hint.setText(getTranslation("control.decision.noItem"));
        form.setVisible(item != null);
        recorded.setVisible(item != null && item.decision() != null);
        heading.setText(item == null ? getTranslation("control.decision")
                : getTranslation("control.decision.for", item.number(), item.title()));
        // A button's text is sent again even when it is the same: set only in another language.
        boolean otherLanguage = !getLocale().equals(outcomesLocale);
        outcomesLocale = getLocale();
        outcomeButtons.forEach((choice, button) -> {
            if (otherLanguage) {
                button.setText(getTranslation("control.outcome." + choice));
            }
            button.getElement().setAttribute("aria-pressed", String.valueOf(choice == outcome));
            if (choice == outcome) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        text.setLabel(getTranslation("control.decision.text"));
        publicText.setLabel(getTranslation("control.decision.publicText"));
        publicText.setHelperText(getTranslation("control.decision.publicTextHelp"));
        dissent.setLabel(getTranslation("control.decision.dissent"));
        correctionReason.setLabel(getTranslation("control.decision.correctionReason"));
        // A public text is only for closed items: for an open one everything is public anyway.
        publicText.setVisible(item != null && !item.isOpen());
        if (item == null) {
            return;
        }
        Decision decision = item.decision();
        save.setText(getTranslation(decision == null ? "control.decision.save" : "control.decision.amend"));
        recorded.removeAll();
        if (decision != null) {
            Span revision = new Span(getTranslation("control.decision.recorded", decision.revision(),
                    getTranslation("control.outcome." + decision.outcome())));
            revision.addClassName("plenum-control-revision");
            Paragraph recordedText = new Paragraph(decision.text());
            recordedText.addClassName("plenum-control-recorded-text");
            recorded.add(revision, recordedText);
            if (decision.withoutQuorum()) {
                recorded.add(Badges.badge(getTranslation("voting.decision.withoutQuorum"), Badges.Tone.CLOSED));
            }
        }
    }

    private void fill(Decision decision) {
        outcome = decision == null ? null : decision.outcome();
        text.setValue(decision == null ? "" : decision.text());
        publicText.setValue(decision == null || decision.publicText() == null ? "" : decision.publicText());
        dissent.setValue(decision == null || decision.dissent() == null ? "" : decision.dissent());
        dissenters.fill(meeting, decision);
        loaded = input();
    }

    /** Picks an outcome; its usual wording replaces the text unless the secretary has written their own. */
    private void choose(DecisionOutcome choice) {
        String typed = text.getValue().strip();
        boolean ownWords = !typed.isEmpty()
                && Arrays.stream(DecisionOutcome.values()).map(DecisionEditor::usualWording).noneMatch(typed::equals);
        outcome = choice;
        if (!ownWords) {
            text.setValue(usualWording(choice));
        }
        if (text.isEmpty()) {
            text.focus();
        }
        renderLabels();
    }

    /** While the meeting runs and quorum is broken for the item, the secretary confirms first; the decision is marked. */
    private void save() {
        boolean quorate = meeting.status() != MeetingStatus.LIVE || meeting.minutesApproved()
                || !Participation.quorum(meeting, item.id()).broken();
        if (quorate) {
            save(input());
            return;
        }
        Participation.Quorum quorum = Participation.quorum(meeting, item.id());
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("voting.decision.confirmTitle"),
                getTranslation("refused.noQuorum", quorum.takingPart(), quorum.seats()),
                getTranslation("voting.decision.confirm"), confirmed -> save(input().confirmedWithoutQuorum()));
        confirm.addClassName("plenum-control-confirm-without-quorum");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("control.cancel"));
        confirm.open();
    }

    private void save(DecisionInput input) {
        String itemId = item.id();
        if (commands.run(actor -> decisions.record(meetingId, itemId, input, actor))) {
            fill(item.decision()); // show what was saved, as the meeting now has it
            renderLabels();
        }
    }

    private DecisionInput input() {
        return new DecisionInput(outcome, text.getValue(), publicText.getValue(), dissent.getValue(),
                correctionReason.isVisible() ? correctionReason.getValue() : null, false, dissenters.parties(),
                dissenters.memberIds());
    }

    void bringIntoView() {
        getElement().executeJs("this.scrollIntoView({block: 'nearest', behavior: 'smooth'})");
    }

    /** What the minutes usually say for an outcome: in Danish, the minutes' language, whatever the screen's. */
    private static String usualWording(DecisionOutcome outcome) {
        return Translations.text("decision.wording." + outcome, Translations.DANISH);
    }
}
