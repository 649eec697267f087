package dk.plenum.security.api;

import dk.plenum.meeting.Meeting;
import dk.plenum.security.CurrentActor;
import dk.plenum.visibility.Audience;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every command answers with the meeting it left. Members see all of a meeting but other members' pending or
 * refused protocol entries, so a meeting answered to a member goes through {@code visibility.MeetingVisibility}
 * first, whichever feature's command it answers. The secretariat's answers stay whole; the public runs no
 * commands, and the public's reads are redacted by their endpoints.
 */
@RestControllerAdvice
class MemberMeetingAnswers implements ResponseBodyAdvice<Object> {

    private final CurrentActor actor;

    MemberMeetingAnswers(CurrentActor actor) {
        this.actor = actor;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return Meeting.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof Meeting meeting && actor.audienceFor(meeting) == Audience.MEMBER) {
            return actor.visible(meeting);
        }
        return body;
    }
}
