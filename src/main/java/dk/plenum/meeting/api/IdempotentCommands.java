package dk.plenum.meeting.api;

import dk.plenum.meeting.CommandKey;
import dk.plenum.meeting.internal.CommandAnswerStore.Answer;
import dk.plenum.meeting.internal.CommandAnswerStore;
import dk.plenum.web.ProblemResponses;
import dk.plenum.web.ReadBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code Idempotency-Key} on every command under {@code /api} (POST, PUT, DELETE): the same key from the
 * same account within 24 h gets the first answer again (status and body) and changes nothing; the same key
 * with a different request gets 422. Runs after Spring Security, so the account is known.
 * <p>
 * Two records make this hold across a crash: the answer ({@link CommandAnswerStore}), and the key inside
 * the event the command appended (the journal's unique index), written in one insert with the event. A
 * retry whose answer was never recorded is answered from the log, so it appends nothing either.
 */
@Component
class IdempotentCommands extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    /** Printable ASCII without spaces, as long as a client could want (a UUID is 36). */
    private static final Pattern VALID_KEY = Pattern.compile("[!-~]{1,200}");
    private static final Set<String> COMMAND_METHODS = Set.of("POST", "PUT", "DELETE", "PATCH");
    /**
     * A ballot's body is its choice. Its hash, stored with the account's key (here and in the ballot's event), would
     * tell a secret ballot's choice to anyone who hashes the three possible bodies; so a ballot is known by its
     * target alone, and a retry with another choice gets the first answer (decision 0012).
     */
    private static final Pattern TARGET_ONLY = Pattern.compile(".*/items/[^/]+/ballot/votes");
    /** Bigger answers (meetings near their size limit) are not kept; a meeting command's retry is answered from the log. */
    private static final int MAX_KEPT_ANSWER_BYTES = 1024 * 1024;

    private final CommandAnswerStore answers;
    private final ObjectMapper json;
    /** Spring Security's own holder, not the static one, which tests (and libraries) may swap for another. */
    private final SecurityContextHolderStrategy securityContext;

    IdempotentCommands(CommandAnswerStore answers, ObjectMapper json, SecurityContextHolderStrategy securityContext) {
        this.answers = answers;
        this.json = json;
        this.securityContext = securityContext;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !COMMAND_METHODS.contains(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication account = securityContext.getContext().getAuthentication();
        if (account == null || !account.isAuthenticated() || account instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response); // refused further on: commands need a login
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problem(response, HttpStatus.BAD_REQUEST,
                    "The Idempotency-Key header must be 1 to 200 printable ASCII characters without spaces.");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        // Length-prefixed, so that no username and key can combine into another pair's scope.
        String scopedKey = account.getName().length() + ":" + account.getName() + ":" + key;
        String requestHash = hash(request, body);

        Optional<Answer> first = answers.find(scopedKey);
        if (first.isPresent()) {
            if (first.get().requestHash().equals(requestHash)) {
                replay(first.get(), response);
            } else {
                problem(response, HttpStatus.UNPROCESSABLE_CONTENT,
                        "This Idempotency-Key was already used for a different request.");
            }
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try (CommandKey.Binding bound = CommandKey.bind(new CommandKey(scopedKey, requestHash))) {
            chain.doFilter(new ReadBodyRequest(request, body), answer);
        }
        // Refusals (4xx) changed nothing, so a retry may simply run again (e.g. after "busy", 409).
        if (HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()
                && answer.getContentSize() <= MAX_KEPT_ANSWER_BYTES) {
            answers.save(scopedKey, new Answer(requestHash, answer.getStatus(), answer.getContentType(),
                    answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray()));
        }
        answer.copyBodyToResponse();
    }

    private static void replay(Answer first, HttpServletResponse response) throws IOException {
        response.setStatus(first.status());
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(first.body());
    }

    /** What the request asks for: method, path with query, content type and body. */
    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n"
                    + (request.getContentType() == null ? "" : request.getContentType()) + "\n";
            sha256.update(target.getBytes(StandardCharsets.UTF_8));
            boolean targetOnly = TARGET_ONLY.matcher(request.getRequestURI()).matches();
            return HexFormat.of().formatHex(sha256.digest(targetOnly ? new byte[0] : body));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemResponses.write(response, json, ProblemDetail.forStatusAndDetail(status, detail));
    }
}
