package dk.plenum.council.ui;

import com.vaadin.flow.router.RouteParameters;
import dk.plenum.council.CouncilService;
import dk.plenum.shell.MissingPageSubject;
import dk.plenum.shell.Navigation;
import org.springframework.stereotype.Component;

/** A council page's address (the council, its plan, a new meeting of it) naming no council answers 404. */
@Component
class UnknownCouncils implements MissingPageSubject {

    private final CouncilService councils;

    UnknownCouncils(CouncilService councils) {
        this.councils = councils;
    }

    @Override
    public boolean missing(RouteParameters parameters) {
        return parameters.get(Navigation.COUNCIL_ID).map(councilId -> councils.find(councilId).isEmpty())
                .orElse(false);
    }
}
