package org.lantian.platform.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns client errors into {@link ApiError} bodies. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response badRequest(BadRequest e) {
        return json(400, e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e) {
        return json(409, e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response forbidden(Forbidden e) {
        return json(403, e.getMessage(), "");
    }

    @ServerExceptionMapper
    public Response notFound(jakarta.ws.rs.NotFoundException e) {
        return json(404, e.getMessage(), "");
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLarge e) {
        return json(413, e.getMessage(), "");
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return json(400, "request body is not valid JSON: " + e.getOriginalMessage(), "");
    }

    public static Response json(int status, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, message, field == null ? "" : field)).build();
    }
}
