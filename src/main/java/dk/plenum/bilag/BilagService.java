package dk.plenum.bilag;

import static dk.plenum.meeting.MeetingRules.requireItem;
import static dk.plenum.meeting.MeetingRules.requireNotClosed;

import dk.plenum.bilag.internal.BilagFiles;
import dk.plenum.bilag.internal.PageImages;
import dk.plenum.bilag.internal.PdfInspection;
import dk.plenum.bilag.internal.PdfInspection.InspectedPdf;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.AttachmentChanges.AttachmentRemoved;
import dk.plenum.meeting.AttachmentChanges.AttachmentRenamed;
import dk.plenum.meeting.AttachmentChanges.AttachmentReplaced;
import dk.plenum.meeting.AttachmentChanges.AttachmentVisibilitySet;
import dk.plenum.meeting.AttachmentChanges.AttachmentsAdded;
import dk.plenum.meeting.AttachmentChanges.AttachmentsReordered;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.CommandText;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Visibility;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.visibility.MeetingVisibility;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * Bilag as files. The secretariat of the meeting's council (or an administrator) uploads PDFs to an item,
 * renames, opens or closes, reorders, replaces and removes them; each change is one event. A file is checked
 * by its content and stored before its event is appended, and deleted again if the event is not stored, so a
 * refusal leaves nothing behind. Anyone reads a Bilag's file (the PDF, its pages as images, its text) only as
 * far as {@link MeetingVisibility#readableBilag} lets the person asking.
 */
@Service
public class BilagService {

    /**
     * An upload that does not say is closed: a Bilag opened by mistake cannot be taken back from whoever read
     * it, while one closed by mistake costs one tap to open.
     */
    public static final Visibility DEFAULT_VISIBILITY = Visibility.CLOSED;
    static final int MAX_NAME = 200;

    private final MeetingJournal journal;
    private final BilagFiles files;
    private final PageImages pages;
    private final CurrentActor currentActor;

    BilagService(MeetingJournal journal, BilagFiles files, PageImages pages, CurrentActor currentActor) {
        this.journal = journal;
        this.files = files;
        this.pages = pages;
        this.currentActor = currentActor;
    }

    /**
     * Adds the files to the item, after its other Bilag, each named by its file name without the extension.
     * All or none: one refused file refuses the upload.
     */
    public Meeting add(String meetingId, String itemId, List<BilagUpload> uploads, Visibility visibility,
            Actor actor) {
        Optional<Meeting> retried = journal.retriedCommand();
        if (retried.isPresent()) {
            return retried.get(); // stored before: not a second copy of its files
        }
        if (uploads.isEmpty()) {
            throw new CommandRefusedException(Reason.INVALID, "bilag.refused.noFile");
        }
        Visibility chosen = visibility == null ? DEFAULT_VISIBILITY : visibility;
        requirePreparable(journal.get(meetingId), itemId, actor);
        List<String> names = uploads.stream().map(upload -> nameOf(upload.fileName())).toList();
        List<InspectedPdf> inspected = IntStream.range(0, uploads.size())
                .mapToObj(index -> PdfInspection.inspect(names.get(index), uploads.get(index).content()))
                .toList();
        List<String> stored = new ArrayList<>();
        try {
            List<Attachment> added = new ArrayList<>();
            for (int index = 0; index < uploads.size(); index++) {
                BilagUpload upload = uploads.get(index);
                InspectedPdf pdf = inspected.get(index);
                String fileId = files.store(upload.fileName(), upload.content(), pdf);
                stored.add(fileId);
                added.add(new Attachment(UUID.randomUUID().toString(), names.get(index), chosen, fileId,
                        pdf.pageCount(), (long) upload.content().length, pdf.sha256()));
            }
            Meeting after = change(meetingId, itemId, actor, item -> new AttachmentsAdded(itemId, added));
            for (int index = 0; index < uploads.size(); index++) {
                pages.warm(stored.get(index), uploads.get(index).content());
            }
            return after;
        } catch (RuntimeException notStored) {
            stored.forEach(files::delete);
            throw notStored;
        }
    }

    public Meeting rename(String meetingId, String itemId, String attachmentId, String name, Actor actor) {
        String newName = CommandText.required(name, "name", MAX_NAME);
        return change(meetingId, itemId, actor, item -> {
            requireAttachment(item, attachmentId);
            return new AttachmentRenamed(itemId, attachmentId, newName);
        });
    }

    public Meeting setVisibility(String meetingId, String itemId, String attachmentId, Visibility visibility,
            Actor actor) {
        if (visibility == null) {
            throw new CommandRefusedException(Reason.INVALID, "refused.textEmpty", "visibility");
        }
        Meeting meeting = journal.get(meetingId);
        if (requireAttachment(requirePreparable(meeting, itemId, actor), attachmentId).visibility() == visibility) {
            // No event: to the public, closing a Bilag removes it, and one it never saw must not seem removed.
            return meeting;
        }
        return change(meetingId, itemId, actor, item -> {
            requireAttachment(item, attachmentId);
            return new AttachmentVisibilitySet(itemId, attachmentId, visibility);
        });
    }

    /** Puts the item's Bilag in the given order, which must name each of them once. */
    public Meeting reorder(String meetingId, String itemId, List<String> attachmentIds, Actor actor) {
        return change(meetingId, itemId, actor, item -> {
            List<String> present = item.attachments().stream().map(Attachment::id).toList();
            if (attachmentIds == null || attachmentIds.size() != present.size()
                    || !new HashSet<>(attachmentIds).equals(new HashSet<>(present))) {
                throw new CommandRefusedException(Reason.INVALID, "bilag.refused.order");
            }
            return new AttachmentsReordered(itemId, attachmentIds);
        });
    }

    /** A new file for the Bilag; the earlier one stays in the store and in the log. */
    public Meeting replace(String meetingId, String itemId, String attachmentId, BilagUpload upload, Actor actor) {
        Optional<Meeting> retried = journal.retriedCommand();
        if (retried.isPresent()) {
            return retried.get();
        }
        Meeting meeting = journal.get(meetingId);
        requireAttachment(requirePreparable(meeting, itemId, actor), attachmentId);
        InspectedPdf pdf = PdfInspection.inspect(nameOf(upload.fileName()), upload.content());
        String fileId = files.store(upload.fileName(), upload.content(), pdf);
        try {
            Meeting after = change(meetingId, itemId, actor, item -> {
                requireAttachment(item, attachmentId);
                return new AttachmentReplaced(itemId, attachmentId, fileId, pdf.pageCount(),
                        (long) upload.content().length, pdf.sha256());
            });
            pages.warm(fileId, upload.content());
            return after;
        } catch (RuntimeException notStored) {
            files.delete(fileId);
            throw notStored;
        }
    }

    /** Removes the Bilag from the item; only {@linkplain #requireStillRemovable while the agenda is a draft}. */
    public Meeting remove(String meetingId, String itemId, String attachmentId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            AgendaItem item = requirePreparable(meeting, itemId, actor);
            requireAttachment(item, attachmentId);
            requireStillRemovable(meeting);
            return new AttachmentRemoved(itemId, attachmentId);
        });
    }

    /**
     * A Bilag may be removed only while the agenda is a draft: once it is sent out, members may have read it,
     * and the record of the meeting must say what they had before them.
     */
    static void requireStillRemovable(Meeting meeting) {
        if (!meeting.draft()) {
            throw new CommandRefusedException(Reason.CONFLICT, "bilag.refused.removeAfterPublication");
        }
    }

    /** The Bilag, if the person asking may read its file; else 404, whether it is closed or not there at all. */
    public Attachment readable(String meetingId, String itemId, String attachmentId) {
        Meeting meeting = journal.get(meetingId);
        return MeetingVisibility.readableBilag(currentActor.audienceFor(meeting), meeting, itemId, attachmentId)
                .orElseThrow(() -> new CommandRefusedException(Reason.NOT_FOUND, "bilag.refused.notFound"));
    }

    /** The PDF itself. */
    public byte[] pdf(String meetingId, String itemId, String attachmentId) {
        return files.read(readable(meetingId, itemId, attachmentId).fileId());
    }

    /** Page {@code page} (from 1) as a JPEG about {@code width} pixels wide (see {@link PageImages}). */
    public byte[] pageImage(String meetingId, String itemId, String attachmentId, int page, int width) {
        Attachment attachment = readable(meetingId, itemId, attachmentId);
        requirePage(attachment, page);
        return pages.page(attachment.fileId(), page, width, () -> files.read(attachment.fileId()));
    }

    /** Each page's text, extracted at upload. */
    public List<String> pageTexts(String meetingId, String itemId, String attachmentId) {
        return files.pageTexts(readable(meetingId, itemId, attachmentId).fileId());
    }

    /**
     * Each page's text of a Bilag's file, extracted at upload, for the search index; empty for a Bilag without a
     * file. It asks no one's rights: whoever shows the text decides who may see it by
     * {@link MeetingVisibility#readableBilag}, as search does for each hit.
     */
    public List<String> extractedPageTexts(Attachment attachment) {
        return attachment.hasFile() ? files.pageTexts(attachment.fileId()) : List.of();
    }

    private static void requirePage(Attachment attachment, int page) {
        if (page < 1 || page > attachment.pageCount()) {
            throw new CommandRefusedException(Reason.NOT_FOUND, "bilag.refused.noPage", page,
                    attachment.pageCount());
        }
    }

    /** Appends the change {@code decide} makes of the item, after checking who asks and that the item is there. */
    private Meeting change(String meetingId, String itemId, Actor actor, Function<AgendaItem, MeetingChange> decide) {
        return journal.append(meetingId, actor.username(),
                meeting -> decide.apply(requirePreparable(meeting, itemId, actor)));
    }

    /** The item whose Bilag this person may change now: the council's secretariat, before the meeting closes. */
    private static AgendaItem requirePreparable(Meeting meeting, String itemId, Actor actor) {
        actor.requireSecretariatOf(meeting.councilId());
        requireNotClosed(meeting);
        return requireItem(meeting, itemId);
    }

    private static Attachment requireAttachment(AgendaItem item, String attachmentId) {
        return item.attachments().stream().filter(attachment -> attachment.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new CommandRefusedException(Reason.NOT_FOUND, "bilag.refused.notFound"));
    }

    /** The Bilag's name from its file's: without a folder (some browsers send one) or the .pdf ending. */
    static String nameOf(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1);
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = name.substring(0, name.length() - 4);
        }
        return CommandText.required(name, "name", MAX_NAME);
    }
}
