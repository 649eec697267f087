package dk.plenum.bilag.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import dk.plenum.bilag.internal.PdfInspection;

/** What the Bilag page's two uploads (new Bilag, and a Bilag's new file) share: PDFs only, and their messages. */
final class PdfUploads {

    private PdfUploads() {
    }

    /** An upload of PDFs no larger than a Bilag may be, handed to {@code receiver}. */
    static Upload of(BilagFileReceiver receiver) {
        Upload upload = new Upload(receiver);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize((int) PdfInspection.MAX_BYTES);
        return upload;
    }

    /**
     * An upload's texts in {@code page}'s language, with its button's: why the browser refused a file, and what its
     * list says of a file the server refused (the reason is said beside it and in a notice).
     */
    static UploadI18N texts(Component page, UploadI18N.AddFiles addFiles) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(addFiles);
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(page.getTranslation("bilag.manage.fileTooBig"))
                .setIncorrectFileType(page.getTranslation("bilag.manage.notPdf")));
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setForbidden(page.getTranslation("bilag.manage.refusedInList"))));
        return i18n;
    }
}
