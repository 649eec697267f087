package dk.plenum.security.api;

import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.AccountService.NewAccount;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A council's secretariat creates accounts for its council: another secretary, or a council member's own
 * login (tied to the member, so it can act only for them and only in their council's meetings). Only an
 * administrator creates administrators. The rules are {@link AccountService#create}'s, as in the member list.
 */
@RestController
class AccountApi {

    record NewAccountRequest(String username, String password, AccountRole role, String councilId, String memberId) {
    }

    record CreatedAccount(String username, String displayName, AccountRole role, String councilId, String memberId) {
    }

    private final AccountService accounts;
    private final CurrentActor actor;

    AccountApi(AccountService accounts, CurrentActor actor) {
        this.accounts = accounts;
        this.actor = actor;
    }

    @PostMapping(path = "/api/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    CreatedAccount create(@RequestBody NewAccountRequest request) {
        Actor created = accounts.create(actor.require(), new NewAccount(request.username(), request.role(),
                request.councilId(), request.memberId()), request.password());
        return new CreatedAccount(created.username(), created.displayName(), created.role(), created.councilId(),
                created.memberId());
    }
}
