package dk.plenum.security.api;

import dk.plenum.council.Council;
import dk.plenum.council.CouncilMember;
import dk.plenum.council.CouncilService;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.CommandText;
import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secretariat creates accounts: another secretary, or a council member's own login (tied to the
 * member, so it can act only for them and only in their council's meetings).
 */
@RestController
class AccountApi {

    static final int MIN_PASSWORD = 10;

    record NewAccount(String username, String password, AccountRole role, String councilId, String memberId) {
    }

    record CreatedAccount(String username, String displayName, AccountRole role, String councilId, String memberId) {
    }

    private final AccountService accounts;
    private final CouncilService councils;
    private final CurrentActor actor;

    AccountApi(AccountService accounts, CouncilService councils, CurrentActor actor) {
        this.accounts = accounts;
        this.councils = councils;
        this.actor = actor;
    }

    @PostMapping(path = "/api/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    CreatedAccount create(@RequestBody NewAccount request) {
        actor.require().requireSecretariat();
        String username = CommandText.required(request.username(), "username", 100);
        String password = CommandText.required(request.password(), "password", 200);
        if (password.length() < MIN_PASSWORD) {
            throw new CommandRefusedException(Reason.INVALID, "refused.passwordTooShort", MIN_PASSWORD);
        }
        Actor account = request.role() == AccountRole.MEMBER ? memberAccount(username, request)
                : new Actor(username, username, AccountRole.SECRETARIAT, null, null);
        if (!accounts.createIfAbsent(account, password)) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.usernameTaken", username);
        }
        Actor created = accounts.find(username).orElseThrow();
        return new CreatedAccount(created.username(), created.displayName(), created.role(), created.councilId(),
                created.memberId());
    }

    private Actor memberAccount(String username, NewAccount request) {
        Council council = councils.find(String.valueOf(request.councilId())).orElseThrow(
                () -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noCouncil", request.councilId()));
        CouncilMember member = council.members().stream()
                .filter(candidate -> candidate.id().equals(request.memberId())).findFirst()
                .orElseThrow(() -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noCouncilMember",
                        request.memberId()));
        return new Actor(username, member.name(), AccountRole.MEMBER, council.id(), member.id());
    }
}
