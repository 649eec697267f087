package dk.plenum.bilag.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.plenum.bilag.BilagUpload;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Receives one uploaded file and hands it to the view while the upload's request is still open, so that a file
 * the view refuses (not a PDF, damaged, too large, not allowed) is answered as refused: Vaadin then answers the
 * browser with HTTP 422 and the Upload shows the file as failed in its list instead of with a success tick.
 * Vaadin's in-memory handler could not: it hands the file over later, in a UI access, after the answer is sent.
 */
final class BilagFileReceiver implements UploadHandler {

    /**
     * What the view does with a file, under its UI's lock: empty when the file was taken, else why not. The request
     * is the file's own, with what the browser sent beside the file.
     */
    interface Taker {
        Optional<String> take(BilagUpload file, VaadinRequest request);
    }

    private final Taker taker;

    BilagFileReceiver(Taker taker) {
        this.taker = taker;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readAllBytes();
        }
        BilagUpload file = new BilagUpload(event.getFileName(), content);
        AtomicReference<Optional<String>> refusal = new AtomicReference<>(Optional.empty());
        event.getUI().accessSynchronously(() -> refusal.set(taker.take(file, event.getRequest())));
        refusal.get().ifPresent(event::reject);
    }
}
