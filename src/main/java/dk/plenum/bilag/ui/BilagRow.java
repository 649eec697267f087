package dk.plenum.bilag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.Visibility;
import dk.plenum.shell.Badges;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One Bilag on its item's Bilag page: rename, open or close, move, replace or remove it. The row is kept while its
 * Bilag is on the item and redrawn in place (see {@link dk.plenum.shell.KeyedRows}): a live change (a colleague's
 * command, the next file of an upload arriving) leaves a half-typed name, a tap on its way and a replacement file
 * on its way alone. The buttons name the Bilag by id; the view acts on the Bilag as it stands when tapped.
 */
final class BilagRow extends Div {

    /** What the row's controls do, each for the Bilag with the given id. */
    interface Actions {

        void rename(String attachmentId, String name);

        void setVisibility(String attachmentId, Visibility visibility);

        /** Moves the Bilag one place: -1 up, +1 down. */
        void move(String attachmentId, int step);

        /** Empty when the file replaced the Bilag's, else why not (see {@link BilagFileReceiver}). */
        Optional<String> replace(String attachmentId, BilagUpload file);

        void remove(String attachmentId);

        /** A file the Upload refused in the browser (not a PDF, too large). */
        void refusedInTheBrowser(String why);
    }

    private final Actions actions;
    private final TextField name = new TextField();
    private final Button rename = new Button();
    private final Span visibility = new Span();
    private final Span facts = new Span();
    /** One of the two is shown: a tap means what the button said, whatever changed while it was on its way. */
    private final Button makeClosed = new Button();
    private final Button makeOpen = new Button();
    private final Button up = new Button(VaadinIcon.ARROW_UP.create());
    private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    private final Upload replace;
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    /** What the row shows now: a redraw with the same is skipped. */
    private Shown shown;

    BilagRow(String attachmentId, Actions actions) {
        this.actions = actions;
        name.addClassName("plenum-bilag-name");
        rename.addClickListener(click -> actions.rename(attachmentId, name.getValue()));
        facts.addClassName("plenum-bilag-facts");
        makeClosed.addClickListener(click -> setVisibility(attachmentId, Visibility.CLOSED, makeOpen));
        makeOpen.addClickListener(click -> setVisibility(attachmentId, Visibility.OPEN, makeClosed));
        up.addClickListener(click -> actions.move(attachmentId, -1));
        down.addClickListener(click -> actions.move(attachmentId, +1));
        up.addClassName("plenum-bilag-up");
        down.addClassName("plenum-bilag-down");
        for (Button move : new Button[] {up, down}) {
            move.addThemeVariants(ButtonVariant.LUMO_ICON);
        }
        replace = PdfUploads.of(new BilagFileReceiver((file, request) -> actions.replace(attachmentId, file)));
        replace.setMaxFiles(1);
        replace.setDropAllowed(false);
        replace.addClassName("plenum-bilag-replace");
        replace.addFileRejectedListener(rejected -> actions.refusedInTheBrowser(rejected.getErrorMessage()));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> actions.remove(attachmentId));
        Div controls = new Div(rename, makeClosed, makeOpen, up, down, replace, remove);
        controls.addClassName("plenum-bilag-actions");
        add(new Div(name, visibility, facts), controls);
        addClassName("plenum-bilag-row");
        getElement().setAttribute("data-attachment-id", attachmentId);
    }

    /**
     * Draws {@code attachment} at its place among its item's {@code attachments}; {@code draft} while the agenda is
     * not yet sent out (only then may a Bilag be removed).
     */
    void show(Attachment attachment, List<Attachment> attachments, boolean draft) {
        Shown now = new Shown(attachment, attachments.indexOf(attachment), attachments.size(), draft, getLocale());
        if (now.equals(shown)) {
            return;
        }
        // The name field keeps what is being typed in it, unless the stored name itself changed.
        if (shown == null || !shown.attachment().name().equals(attachment.name())) {
            name.setValue(attachment.name());
        }
        if (shown == null || !shown.locale().equals(now.locale())) {
            showTexts();
        }
        shown = now;
        Badges.redraw(visibility, getTranslation("visibility." + attachment.visibility()),
                attachment.isOpen() ? Badges.Tone.OPEN : Badges.Tone.CLOSED);
        facts.setText(attachment.hasFile()
                ? getTranslation("bilag.manage.size", getTranslation("attachment.pages", attachment.pageCount()),
                        sizeOf(attachment.size()))
                : getTranslation("attachment.nameOnly"));
        makeClosed.setVisible(attachment.isOpen());
        makeOpen.setVisible(!attachment.isOpen());
        up.setEnabled(now.index() > 0);
        down.setEnabled(now.index() < now.count() - 1);
        remove.setVisible(draft);
    }

    /** The keyboard stays on the row: on the button that now takes the place of the one used. */
    private void setVisibility(String attachmentId, Visibility visibility, Button replacement) {
        actions.setVisibility(attachmentId, visibility);
        if (replacement.isVisible()) {
            replacement.focus();
        }
    }

    /** The texts that change only with the page's language. */
    private void showTexts() {
        name.setAriaLabel(getTranslation("bilag.manage.nameLabel"));
        rename.setText(getTranslation("bilag.manage.rename"));
        makeClosed.setText(getTranslation("bilag.manage.makeClosed"));
        makeOpen.setText(getTranslation("bilag.manage.makeOpen"));
        label(up, "bilag.manage.up");
        label(down, "bilag.manage.down");
        remove.setText(getTranslation("bilag.manage.remove"));
        replace.setI18n(PdfUploads.texts(this,
                new UploadI18N.AddFiles().setOne(getTranslation("bilag.manage.replace"))));
    }

    /** "840 kB" below a megabyte, else "12.3 MB", with the language's decimal mark. */
    private String sizeOf(long bytes) {
        return bytes < 1024 * 1024 ? getTranslation("bilag.manage.kilobytes", Math.max(1, bytes / 1024))
                : getTranslation("bilag.manage.megabytes", bytes / (1024.0 * 1024.0));
    }

    private void label(Button move, String key) {
        move.setAriaLabel(getTranslation(key));
        move.setTooltipText(getTranslation(key));
    }

    /** Everything a row is drawn from. */
    private record Shown(Attachment attachment, int index, int count, boolean draft, Locale locale) {
    }
}
