package dk.plenum.demo;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.store.StoreMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo council and its meetings when the app runs on the embedded store. Meetings already
 * there are left alone, so restarting never duplicates or overwrites anything. A real MongoDB gets
 * no demo data.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String FIXTURE = "seed/erhvervsraadet-2024.json";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final StoreMode store;
    private final AgendaImportService imports;

    DemoData(StoreMode store, AgendaImportService imports) {
        this.store = store;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!store.isEmbedded()) {
            return;
        }
        try (InputStream fixture = new ClassPathResource(FIXTURE).getInputStream()) {
            List<Meeting> added = imports.importMissing(new String(fixture.readAllBytes(), StandardCharsets.UTF_8),
                    "demo");
            if (!added.isEmpty()) {
                log.info("Demo mode: loaded {} meeting(s) of {}", added.size(), added.getFirst().councilName());
            }
        }
    }
}
