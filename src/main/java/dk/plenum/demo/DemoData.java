package dk.plenum.demo;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilMember;
import dk.plenum.council.CouncilService;
import dk.plenum.meeting.MemberRole;
import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.store.StoreMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo council, its meetings and its accounts when the app runs on the embedded store.
 * Whatever is already there is left alone, so restarting never duplicates or overwrites anything.
 * A real MongoDB gets no demo data and no demo accounts.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String FIXTURE = "seed/erhvervsraadet-2024.json";
    static final String COUNCIL = "Erhvervsrådet";
    static final String SECRETARIAT_USERNAME = "sekretariat";
    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final StoreMode store;
    private final AgendaImportService imports;
    private final CouncilService councils;
    private final AccountService accounts;

    DemoData(StoreMode store, AgendaImportService imports, CouncilService councils, AccountService accounts) {
        this.store = store;
        this.imports = imports;
        this.councils = councils;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!store.isEmbedded()) {
            return;
        }
        try (InputStream fixture = new ClassPathResource(FIXTURE).getInputStream()) {
            int added = imports.importMissing(new String(fixture.readAllBytes(), StandardCharsets.UTF_8), "demo").size();
            if (added > 0) {
                log.info("Demo mode: loaded {} meeting(s) of {}", added, COUNCIL);
            }
        }
        Council council = councils.findByName(COUNCIL).orElseThrow();
        accounts.createIfAbsent(administrator(), PASSWORD);
        council.members().forEach(member -> accounts.createIfAbsent(accountOf(council, member), PASSWORD));
    }

    /** The demo's administrator, who runs every council: {@code sekretariat}. */
    static Actor administrator() {
        return new Actor(SECRETARIAT_USERNAME, "Sekretariatet", AccountRole.ADMINISTRATOR, null, null);
    }

    /** A member logs in with their first name, without accents: "Pia Kjærgaard Holm" is "pia". */
    static Actor accountOf(Council council, CouncilMember member) {
        String firstName = member.name().split("\\s+")[0].toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String username = Normalizer.normalize(firstName, Normalizer.Form.NFD).replaceAll("[^a-z-]", "");
        AccountRole role = member.role() == MemberRole.SECRETARIAT ? AccountRole.SECRETARIAT : AccountRole.MEMBER;
        return new Actor(username, member.name(), role, council.id(), member.id());
    }
}
