package org.lantian.bulletin;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;

import io.smallrye.mutiny.Uni;

/**
 * The public warning bulletin, no sign-in: the warnings in force as JSON, each warning's OASIS CAP 1.2 messages, and
 * the Atom feed of the messages (docs/domain-decisions.md, *Public bulletin*).
 */
@Path(Bulletin.API)
public class PublicWarningResource {

    private final Bulletin bulletin;

    PublicWarningResource(Bulletin bulletin) {
        this.bulletin = bulletin;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The warnings in force and every region's level, with the public measures (no sign-in); "
            + "Accept: application/cap+xml gives the newest CAP 1.2 message of the warnings in force")
    public Uni<PublicWarnings> active() {
        return bulletin.active();
    }

    /**
     * One body holds one CAP alert: the newest message among the warnings in force, with a {@code Link} to the Atom
     * feed (every message) and to the current message of each other warning in force; 204 when none is in force.
     */
    @GET
    @Produces(CapXml.CAP_TYPE + ";qs=0.5")
    @APIResponse(responseCode = "200", description = "an OASIS CAP 1.2 alert", content = @Content(mediaType = CapXml.CAP_TYPE,
            schema = @Schema(type = SchemaType.STRING, externalDocs = @ExternalDocumentation(description = "OASIS CAP 1.2",
                    url = "https://docs.oasis-open.org/emergency/cap/v1.2/CAP-v1.2-os.html"))))
    public Uni<Response> activeAsCap(@Context UriInfo uri) {
        return bulletin.currentMessages().map(current -> {
            Response.ResponseBuilder answer = current.isEmpty() ? Response.noContent()
                    : Response.ok(CapXml.alert(current.get(0)), CapXml.CAP_TYPE + ";charset=UTF-8");
            answer.header("Link", "<" + base(uri) + Bulletin.API + "/feed>; rel=\"alternate\"; type=\"" + CapXml.ATOM_TYPE + "\"");
            for (CapMessage m : current.subList(Math.min(1, current.size()), current.size())) {
                answer.header("Link", "<" + base(uri) + Bulletin.capPath(m.warningId(), m.version()) + ">; rel=\"related\"; type=\""
                        + CapXml.CAP_TYPE + "\"");
            }
            return answer.build();
        });
    }

    @GET
    @Path("/feed")
    @Produces(CapXml.ATOM_TYPE)
    @Operation(summary = "Atom feed of the CAP messages of the warnings in force and of those lifted in the last days, newest first")
    @APIResponse(responseCode = "200", description = "an Atom feed (RFC 4287) of CAP messages", content = @Content(
            mediaType = CapXml.ATOM_TYPE, schema = @Schema(type = SchemaType.STRING, externalDocs = @ExternalDocumentation(
                    description = "RFC 4287, the Atom Syndication Format", url = "https://www.rfc-editor.org/rfc/rfc4287"))))
    public Uni<Response> feed(@Context UriInfo uri) {
        String base = base(uri);
        return bulletin.recentMessages().map(messages -> {
            OffsetDateTime updated = messages.isEmpty() ? bulletin.now() : messages.get(0).sent();
            String xml = CapXml.feed(base + Bulletin.API + "/feed", "临汾市空气重污染预警 / Linfen heavy air pollution warnings", updated,
                    messages, m -> base + Bulletin.capPath(m.warningId(), m.version()));
            return Response.ok(xml, CapXml.ATOM_TYPE + ";charset=UTF-8").build();
        });
    }

    @GET
    @Path("/{id}/cap")
    @Produces(CapXml.CAP_TYPE)
    @Operation(summary = "A warning's CAP 1.2 message: the newest, or ?version=N (1 = the Alert of its issue)")
    @APIResponse(responseCode = "200", description = "an OASIS CAP 1.2 alert", content = @Content(mediaType = CapXml.CAP_TYPE,
            schema = @Schema(type = SchemaType.STRING, externalDocs = @ExternalDocumentation(description = "OASIS CAP 1.2",
                    url = "https://docs.oasis-open.org/emergency/cap/v1.2/CAP-v1.2-os.html"))))
    public Uni<Response> cap(@PathParam("id") String id, @QueryParam("version") Integer version) {
        return bulletin.messages(id).map(found -> {
            List<CapMessage> messages = found.orElseThrow(() -> new NotFoundException("no warning " + id));
            CapMessage m = version == null ? (messages.isEmpty() ? null : messages.get(messages.size() - 1))
                    : messages.stream().filter(x -> x.version() == version).findFirst().orElse(null);
            if (m == null) {
                throw new NotFoundException("warning " + id + " has no message" + (version == null ? "" : " of version " + version));
            }
            return Response.ok(CapXml.alert(m), CapXml.CAP_TYPE + ";charset=UTF-8").build();
        });
    }

    private static String base(UriInfo uri) {
        String b = uri.getBaseUri().toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }
}
