package dk.plenum.bilag.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.HasItemComponents;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.live.LiveMeetings;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Visibility;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.security.NotAllowedException;
import dk.plenum.shell.KeyedRows;
import dk.plenum.shell.LiveMeetingBinding;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Navigation;
import dk.plenum.shell.Refusals;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One item's Bilag, for the secretariat: upload PDFs (several at once, by picker or drag and drop, each with
 * its progress), open or close, rename, reorder, replace and remove them. Every refusal is a translated
 * message; the list follows the meeting live, so two secretaries see each other's changes.
 */
@RolesAllowed({"SECRETARIAT", "ADMINISTRATOR"})
@Route(value = Navigation.BILAG, layout = MainLayout.class)
@CssImport("./styles/bilag.css")
class BilagManageView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle,
        LiveMeetingBinding.Screen {

    private static final Duration REFRESH_DELAY = Duration.ofMillis(200);
    /** Carries, with each new file, the Åben/Lukket choice shown when the secretary picked or dropped it. */
    private static final String VISIBILITY_HEADER = "Plenum-Bilag-Visibility";

    private final BilagService bilag;
    private final CurrentActor currentActor;
    private final LiveMeetingBinding binding;

    private final Anchor back = new Anchor();
    private final H1 heading = new H1();
    private final RadioButtonGroup<Visibility> newVisibility = new RadioButtonGroup<>();
    private final Upload upload = PdfUploads.of(new BilagFileReceiver(this::addUploaded));
    /** The Bilag's rows, and nothing else (see {@link KeyedRows}). */
    private final Div list = new Div();
    private final KeyedRows<Attachment, BilagRow> rows = new KeyedRows<>(list, Attachment::id,
            attachment -> new BilagRow(attachment.id(), new RowActions()), this::showRow);
    private final Paragraph none = new Paragraph();
    /** Why the last file was refused, kept on the page (the notice fades; the upload's list marks it refused). */
    private final Paragraph fileRefusal = new Paragraph();

    private String itemId;
    /** Captured on navigation: an upload's file is handled in a UI access, where no login may be known. */
    private Actor secretary;

    BilagManageView(BilagService bilag, MeetingJournal journal, CurrentActor currentActor, LiveMeetings live) {
        this.bilag = bilag;
        this.currentActor = currentActor;
        this.binding = LiveMeetingBinding.bind(this, journal, live, REFRESH_DELAY, this);
        addClassNames("plenum-page", "plenum-bilag-manage");
        back.getElement().setAttribute("router-link", true);
        back.addClassName("plenum-bilag-back");
        newVisibility.setItems(Visibility.OPEN, Visibility.CLOSED);
        newVisibility.setValue(BilagService.DEFAULT_VISIBILITY);
        newVisibility.addClassName("plenum-bilag-new-visibility");
        upload.setDropAllowed(true);
        upload.addClassName("plenum-bilag-upload");
        sendTheChoiceWithEachFile();
        upload.addFileRejectedListener(rejected -> notice(rejected.getErrorMessage(), NotificationVariant.ERROR));
        list.addClassName("plenum-bilag-list");
        fileRefusal.addClassName("plenum-bilag-file-refusal");
        fileRefusal.getElement().setAttribute("role", "alert");
        fileRefusal.setVisible(false);
        add(back, heading, newVisibility, upload, fileRefusal, none, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = event.getRouteParameters().get(Navigation.ITEM_ID).orElseThrow();
        secretary = currentActor.require();
        Meeting entered = binding.enter(event, Navigation.MEETING_ID, this::mayPrepare).orElse(null);
        if (entered == null) {
            Refusals.show(this, new NotAllowedException("refused.otherCouncil"), "bilag.field.");
            event.forwardTo(Navigation.agenda(event.getRouteParameters().get(Navigation.MEETING_ID).orElseThrow()));
            return;
        }
        if (entered.item(itemId).isEmpty()) {
            Refusals.show(this, new CommandRefusedException(CommandRefusedException.Reason.NOT_FOUND,
                    "refused.noItem", itemId), "bilag.field.");
            event.forwardTo(Navigation.control(entered.id()));
        }
    }

    private boolean mayPrepare(Meeting requested) {
        return secretary.isSecretariatOf(requested.councilId());
    }

    @Override
    public String getPageTitle() {
        return item().map(item -> getTranslation("bilag.manage.title", item.number(), item.title())).orElse("");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        newVisibility.setLabel(getTranslation("bilag.manage.newVisibility"));
        newVisibility.setItemLabelGenerator(visibility -> getTranslation("visibility." + visibility));
        UploadI18N i18n = PdfUploads.texts(this, new UploadI18N.AddFiles()
                .setOne(getTranslation("bilag.manage.replace")).setMany(getTranslation("bilag.manage.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("bilag.manage.dropOne"))
                .setMany(getTranslation("bilag.manage.drop")));
        upload.setI18n(i18n);
        render();
    }

    @Override
    public void showAnother(Meeting meeting) {
        rows.clear();
        render();
    }

    @Override
    public void showChanged(Meeting before, Meeting after) {
        render();
    }

    private Optional<AgendaItem> item() {
        return binding.meeting() == null || itemId == null ? Optional.empty()
                : binding.meeting().item(itemId);
    }

    /** The item's Bilag as they stand now. */
    private List<Attachment> attachments() {
        return item().map(AgendaItem::attachments).orElse(List.of());
    }

    private Optional<Attachment> attachment(String attachmentId) {
        return attachments().stream().filter(attachment -> attachment.id().equals(attachmentId)).findFirst();
    }

    private void render() {
        AgendaItem item = item().orElse(null);
        if (item == null) {
            return;
        }
        Meeting meeting = binding.meeting();
        // Back to where a Bilag page is reached from: the agenda editor while a draft, the control view after.
        back.setHref(meeting.draft() ? Navigation.prepare(meeting.id()) : Navigation.control(meeting.id()));
        back.setText(getTranslation(meeting.draft() ? "bilag.manage.backToAgenda" : "bilag.manage.back"));
        heading.setText(getTranslation("bilag.manage.title", item.number(), item.title()));
        none.setText(getTranslation("bilag.manage.none"));
        none.setVisible(item.attachments().isEmpty());
        rows.show(item.attachments());
    }

    private void showRow(BilagRow row, Attachment attachment) {
        row.show(attachment, attachments(), binding.meeting().draft());
    }

    /** The rows' controls, acting on each Bilag as it stands when tapped (another secretary may have changed it). */
    private final class RowActions implements BilagRow.Actions {

        @Override
        public void rename(String attachmentId, String name) {
            run(actor -> bilag.rename(meetingId(), itemId, attachmentId, name, actor));
        }

        @Override
        public void setVisibility(String attachmentId, Visibility visibility) {
            run(actor -> bilag.setVisibility(meetingId(), itemId, attachmentId, visibility, actor));
        }

        @Override
        public void move(String attachmentId, int step) {
            List<String> order = new ArrayList<>(attachments().stream().map(Attachment::id).toList());
            int index = order.indexOf(attachmentId);
            if (index >= 0 && index + step >= 0 && index + step < order.size()) {
                order.add(index + step, order.remove(index));
                run(actor -> bilag.reorder(meetingId(), itemId, order, actor));
            }
        }

        @Override
        public Optional<String> replace(String attachmentId, BilagUpload file) {
            String name = attachment(attachmentId).map(Attachment::name).orElse("");
            Optional<String> refusal = runWithFile(actor -> bilag.replace(meetingId(), itemId, attachmentId, file,
                    actor));
            if (refusal.isEmpty()) {
                notice(getTranslation("bilag.manage.replaced", name), NotificationVariant.SUCCESS);
            }
            return refusal;
        }

        @Override
        public void remove(String attachmentId) {
            attachment(attachmentId).ifPresent(BilagManageView.this::confirmRemoval);
        }

        @Override
        public void refusedInTheBrowser(String why) {
            notice(why, NotificationVariant.ERROR);
        }
    }

    private void confirmRemoval(Attachment attachment) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setText(getTranslation("bilag.manage.removeConfirm", attachment.name()));
        confirm.setConfirmText(getTranslation("bilag.manage.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("bilag.manage.cancel"));
        confirm.addConfirmListener(confirmed -> run(actor -> bilag.remove(meetingId(), itemId, attachment.id(),
                actor)));
        confirm.open();
    }

    /**
     * The choice travels with each file, not by the radio's own request: the two requests may reach the server in
     * either order, and a file dropped just after choosing Lukket must never be stored Åben. Each file is stamped
     * with the radio's value (its item's key) when it joins the upload's list, and sends it as a header.
     */
    private void sendTheChoiceWithEachFile() {
        upload.getElement().executeJs("""
                const upload = this, choice = $0, header = $1;
                const stamp = file => file.plenumVisibility ??= choice.value;
                upload.addEventListener('files-changed', () => upload.files.forEach(stamp));
                upload.addEventListener('upload-request', event => {
                    event.detail.xhr.setRequestHeader(header, stamp(event.detail.file));
                });""", newVisibility.getElement(), VISIBILITY_HEADER);
    }

    /** The choice a file was sent with: the item of the radio button whose key the header names. */
    private Optional<Visibility> chosenFor(VaadinRequest request) {
        String key = request.getHeader(VISIBILITY_HEADER);
        return newVisibility.getChildren()
                .filter(button -> button instanceof HasItemComponents.ItemComponent<?>
                        && button.getElement().getProperty("value", "").equals(key))
                .map(button -> (Visibility) ((HasItemComponents.ItemComponent<?>) button).getItem())
                .findFirst();
    }

    /** One file of an upload, added as it arrives (the upload sends each file on its own); else why not. */
    private Optional<String> addUploaded(BilagUpload file, VaadinRequest request) {
        // A file without a choice (from a browser that did not run the script above) is stored Lukket, the safe side.
        Optional<String> refusal = runWithFile(actor -> bilag.add(meetingId(), itemId, List.of(file),
                chosenFor(request).orElse(BilagService.DEFAULT_VISIBILITY), actor));
        if (refusal.isEmpty()) {
            notice(getTranslation("bilag.manage.uploaded", 1), NotificationVariant.SUCCESS);
        }
        return refusal;
    }

    /**
     * {@link #run} for a file: a refusal of the file (its arguments name the file) also stays on the page. Returns
     * why the file was refused, for the upload's answer, or empty when the command took it.
     */
    private Optional<String> runWithFile(Function<Actor, Meeting> command) {
        try {
            binding.show(command.apply(secretary));
            fileRefusal.setVisible(false);
            return Optional.empty();
        } catch (CommandRefusedException refused) {
            Refusals.show(this, refused, "bilag.field.");
            String why = getTranslation(refused.messageKey(), refused.args());
            if (refused.messageKey().startsWith("bilag.refused.")) {
                fileRefusal.setText(why);
                fileRefusal.setVisible(true);
            }
            return Optional.of(why);
        }
    }

    private void run(Function<Actor, Meeting> command) {
        try {
            binding.show(command.apply(secretary));
        } catch (CommandRefusedException refused) {
            Refusals.show(this, refused, "bilag.field.");
        }
    }

    private void notice(String text, NotificationVariant variant) {
        Notification notice = new Notification(text, 4_000, Notification.Position.BOTTOM_CENTER);
        notice.addThemeVariants(variant);
        notice.addClassName("plenum-bilag-toast");
        notice.open();
    }

    private String meetingId() {
        return binding.meeting().id();
    }
}
