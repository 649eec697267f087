package dk.plenum.demo;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilMember;
import dk.plenum.council.CouncilService;
import dk.plenum.council.CouncilService.MemberDetails;
import dk.plenum.meeting.MemberRole;
import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.store.StoreMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

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
    /**
     * Party letters for the demo council's members, so that a vote by groups ("For stemte 5 (A, C, V)") can be
     * tried in the demo. Invented for the demo: the real Erhvervsrådet seats businesses and institutions, not
     * parties. Pia Kjærgaard Holm stands in for a member of her own party.
     */
    static final Map<String, String> PARTIES = Map.of("Lasse Frimand Jensen", "A", "Kirsten Møller Thomsen", "V",
            "Thomas Overgaard", "C", "Ulla Bech Christiansen", "A", "Nikolaj Fogh Larsen", "F", "Birgitte Lindholm", "V",
            "Kasper Ravn Madsen", "O", "Anne-Mette Skovsgaard", "Ø", "Jakob Helledie Sørensen", "B",
            "Pia Kjærgaard Holm", "A");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final StoreMode store;
    private final AgendaImportService imports;
    private final CouncilService councils;
    private final AccountService accounts;
    private final ObjectMapper json;

    DemoData(StoreMode store, AgendaImportService imports, CouncilService councils, AccountService accounts,
            ObjectMapper json) {
        this.store = store;
        this.imports = imports;
        this.councils = councils;
        this.accounts = accounts;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!store.isEmbedded()) {
            return;
        }
        try (InputStream fixture = new ClassPathResource(FIXTURE).getInputStream()) {
            String meetings = new String(fixture.readAllBytes(), StandardCharsets.UTF_8);
            if (councils.findByName(COUNCIL).isEmpty()) {
                enrolWithParties(meetings);
            }
            int added = imports.importMissing(meetings, "demo").size();
            if (added > 0) {
                log.info("Demo mode: loaded {} meeting(s) of {}", added, COUNCIL);
            }
        }
        Council council = councils.findByName(COUNCIL).orElseThrow();
        accounts.createIfAbsent(administrator(), PASSWORD);
        council.members().forEach(member -> accounts.createIfAbsent(accountOf(council, member), PASSWORD));
    }

    /**
     * A new demo council's members, from its first meeting, each with their {@link #PARTIES party}: before the
     * import, which copies each member's party into the meetings it schedules.
     */
    private void enrolWithParties(String meetings) {
        Map<String, MemberRole> roles = new LinkedHashMap<>();
        json.readTree(meetings).get(0).get("members").forEach(member ->
                roles.put(member.get("name").stringValue(), MemberRole.valueOf(member.get("role").stringValue())));
        Council council = councils.enrol(COUNCIL, roles);
        for (CouncilMember member : council.members()) {
            String party = PARTIES.get(member.name());
            if (party != null) {
                councils.editMember(administrator(), council.id(), member.id(), new MemberDetails(member.name(),
                        member.role(), party, member.email(), member.memberFrom(), member.memberTo()));
            }
        }
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
