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
import dk.plenum.security.NotAllowedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A council's secretariat creates accounts for its council: another secretary, or a council member's own
 * login (tied to the member, so it can act only for them and only in their council's meetings). Only an
 * administrator creates administrators. The role is required: an account is never a secretary by default.
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
        Actor creator = actor.require();
        if (!creator.runsMeetings()) {
            throw new NotAllowedException("refused.secretariatOnly");
        }
        // Characters no text may hold first (named like every other field's), then what a username may not hold.
        String username = AccountService.requireUsableUsername(CommandText.required(request.username(), "username",
                100));
        // Stored as typed: a password is not text to tidy, and trimming would lock out whoever typed the spaces.
        String password = request.password();
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new CommandRefusedException(Reason.INVALID, "refused.passwordTooShort", MIN_PASSWORD);
        }
        if (request.role() == null) {
            throw new CommandRefusedException(Reason.INVALID, "refused.roleMissing");
        }
        Actor account = switch (request.role()) {
            case MEMBER -> memberAccount(username, request);
            case SECRETARIAT -> new Actor(username, username, AccountRole.SECRETARIAT, council(request).id(), null);
            case ADMINISTRATOR -> new Actor(username, username, AccountRole.ADMINISTRATOR, null, null);
        };
        if (!account.isAdministrator()) {
            creator.requireSecretariatOf(account.councilId());
        } else if (!creator.isAdministrator()) {
            throw new NotAllowedException("refused.administratorOnly");
        }
        if (!accounts.createIfAbsent(account, password)) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.usernameTaken", username);
        }
        Actor created = accounts.find(username).orElseThrow();
        return new CreatedAccount(created.username(), created.displayName(), created.role(), created.councilId(),
                created.memberId());
    }

    private Council council(NewAccount request) {
        return councils.find(String.valueOf(request.councilId())).orElseThrow(
                () -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noCouncil", request.councilId()));
    }

    private Actor memberAccount(String username, NewAccount request) {
        Council council = council(request);
        CouncilMember member = council.members().stream()
                .filter(candidate -> candidate.id().equals(request.memberId())).findFirst()
                .orElseThrow(() -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noCouncilMember",
                        request.memberId()));
        return new Actor(username, member.name(), AccountRole.MEMBER, council.id(), member.id());
    }
}
