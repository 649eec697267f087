package dk.plenum.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.RoundTablePost;
import dk.plenum.roundtable.RoundTableService;
import java.util.List;
import java.util.Locale;

/**
 * The round-the-table posts under their item, newest last. A summoned member gets a post box while the
 * item is current, and may edit or withdraw their own posts. The post box is never removed, only hidden,
 * so live updates never lose what a member is typing.
 */
class RoundTableFeed extends Div {

    /** What a member can do here; each returns whether it was done (a refusal has been shown if not). */
    interface Posting {
        boolean post(String text);

        boolean edit(String postId, String text);

        boolean withdraw(String postId);
    }

    private final String itemId;
    private final Posting posting;
    private final H3 heading = new H3();
    private final Div posts = new Div();
    private final TextArea draft = postText();
    private final Button send = new Button();
    private final Div postBox = new Div(draft, send);
    private final Paragraph waitHint = new Paragraph();
    /** What the list shows now; it is rebuilt only when this changes. */
    private Shown shown;
    /** The language the fixed texts are in. */
    private Locale textsLocale;

    RoundTableFeed(String itemId, Posting posting) {
        this.itemId = itemId;
        this.posting = posting;
        addClassName("plenum-round-table");
        posts.addClassName("plenum-posts");
        postBox.addClassName("plenum-post-box");
        waitHint.addClassName("plenum-hint");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("plenum-post-send");
        send.addClickListener(click -> sendDraft());
        add(heading, posts, postBox, waitHint);
    }

    /**
     * @param viewer the member looking, if they are summoned to the meeting
     * @param canPost whether the viewer may post now (round the table is current and the meeting runs)
     */
    void show(Meeting meeting, Participant viewer, boolean canPost, Locale locale) {
        // Texts are set again only in another language: setting even the same text resends it on every refresh.
        if (!locale.equals(textsLocale)) {
            textsLocale = locale;
            heading.setText(getTranslation("live.roundTable.posts"));
            draft.setLabel(getTranslation("live.roundTable.yourNews"));
            updateCounter(draft);
            send.setText(getTranslation("live.roundTable.send"));
            waitHint.setText(getTranslation("live.roundTable.waitHint"));
        }
        postBox.setVisible(canPost);
        waitHint.setVisible(viewer != null && !canPost && meeting.status() != MeetingStatus.CLOSED);

        List<RoundTablePost> itemPosts = meeting.roundTable().stream()
                .filter(post -> post.itemId().equals(itemId)).toList();
        String ownMemberId = viewer == null || meeting.status() == MeetingStatus.CLOSED ? null
                : viewer.memberId();
        Shown now = new Shown(itemPosts, ownMemberId, locale);
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        posts.removeAll();
        if (itemPosts.isEmpty()) {
            posts.add(new Paragraph(getTranslation("live.roundTable.empty")));
        }
        itemPosts.forEach(post -> posts.add(post(meeting, post, post.memberId().equals(ownMemberId), locale)));
    }

    private Div post(Meeting meeting, RoundTablePost post, boolean own, Locale locale) {
        Span author = new Span(meeting.participant(post.memberId()).map(Participant::name).orElse("?"));
        author.addClassName("plenum-post-author");
        String when = MeetingTimes.timeRange(post.postedAt(), null, locale)
                + (post.edited() ? " · " + getTranslation("live.roundTable.edited") : "");
        Span time = new Span(when);
        time.addClassName("plenum-post-time");
        Div byline = new Div(author, time);
        byline.addClassName("plenum-post-byline");
        Paragraph text = new Paragraph(post.text());
        text.addClassName("plenum-post-text");
        Div entry = new Div(byline, text);
        entry.addClassName("plenum-post");
        if (own) {
            Button edit = new Button(getTranslation("live.roundTable.edit"), click -> openEditor(post));
            Button withdraw = new Button(getTranslation("live.roundTable.withdraw"), click -> confirmWithdraw(post));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            withdraw.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            Div actions = new Div(edit, withdraw);
            actions.addClassName("plenum-post-actions");
            entry.add(actions);
        }
        return entry;
    }

    private void sendDraft() {
        if (draft.getValue().isBlank()) {
            draft.focus();
            return;
        }
        if (posting.post(draft.getValue())) {
            draft.clear();
        }
    }

    private void openEditor(RoundTablePost post) {
        Dialog editor = new Dialog(getTranslation("live.roundTable.editTitle"));
        TextArea text = postText();
        text.setLabel(getTranslation("live.roundTable.yourNews"));
        text.setValue(post.text());
        editor.add(text);
        Button save = new Button(getTranslation("live.roundTable.save"), click -> {
            if (!text.getValue().isBlank() && posting.edit(post.id(), text.getValue())) {
                editor.close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        editor.getFooter().add(new Button(getTranslation("live.roundTable.cancel"), click -> editor.close()), save);
        editor.addClassName("plenum-post-editor");
        editor.open();
    }

    private void confirmWithdraw(RoundTablePost post) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("live.roundTable.withdrawTitle"), post.text(),
                getTranslation("live.roundTable.withdraw"), yes -> posting.withdraw(post.id()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("live.roundTable.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** The posts, whose own posts get edit and withdraw buttons (none once closed), in which language. */
    private record Shown(List<RoundTablePost> posts, String ownMemberId, Locale locale) {
    }

    /** A post's text box: plain text up to the service's limit, with a running character count. */
    private TextArea postText() {
        TextArea text = new TextArea();
        text.setMaxLength(RoundTableService.MAX_TEXT);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> updateCounter(text));
        text.addClassName("plenum-post-text-area");
        updateCounter(text);
        return text;
    }

    private void updateCounter(TextArea text) {
        text.setHelperText(getTranslation("live.roundTable.counter", text.getValue().length(),
                RoundTableService.MAX_TEXT));
    }
}
