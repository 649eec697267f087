package dk.plenum.support;

import dk.plenum.attendance.AttendanceService;
import dk.plenum.council.CouncilService;
import dk.plenum.preparation.PreparationService;
import dk.plenum.proceedings.ProceedingsService;
import org.springframework.stereotype.Component;

/** Makes a {@link PartyCouncil} with its running meeting in the app under test: one field for a test to inject. */
@Component
public class PartyCouncils {

    private final CouncilService councils;
    private final PreparationService preparation;
    private final ProceedingsService proceedings;
    private final AttendanceService attendance;

    PartyCouncils(CouncilService councils, PreparationService preparation, ProceedingsService proceedings,
            AttendanceService attendance) {
        this.councils = councils;
        this.preparation = preparation;
        this.proceedings = proceedings;
        this.attendance = attendance;
    }

    public PartyCouncil create() {
        return new PartyCouncil(councils, preparation, proceedings, attendance);
    }
}
