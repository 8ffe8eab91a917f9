package org.lantian.platform.security;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.lantian.platform.http.ErrorMappers;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The one place where who may read and who may act is decided: every REST request is matched to its row of
 * the scope table, and the caller's roles give its {@link Scope} (or a 401/403). An endpoint missing from the
 * table is refused to everyone, so a new endpoint is closed until the table says otherwise.
 */
public class ScopeFilter {

    private static final Logger LOG = Logger.getLogger(ScopeFilter.class);

    @Inject
    ScopeTables tables;
    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    CurrentScope current;

    static final String SIGN_IN = "/signin";

    private final Map<Method, String> templates = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Response> check(ContainerRequestContext request, ResourceInfo resource) {
        String path = templates.computeIfAbsent(resource.getResourceMethod(), m -> template(resource.getResourceClass(), m));
        String endpoint = request.getMethod() + " " + path;
        return identities.getDeferredIdentity().map(identity -> {
            ScopeTable.Rule rule = tables.table().rule(request.getMethod(), path).orElse(null);
            if (rule == null) {
                LOG.errorf("%s is not in the scope table (docs/security.md): refused to everyone", endpoint);
                return ErrorMappers.json(403, endpoint + " is not open to anyone (not in the scope table)", "");
            }
            if (identity.isAnonymous()) {
                if (rule.anonymous() == Reach.NONE) {
                    if (!path.startsWith("/api/")) {
                        return toSignIn(request);
                    }
                    throw new UnauthorizedException("sign in to " + endpoint);
                }
                current.grant(new Scope("anonymous", Reach.ALL, null, null, endpoint));
                return null;
            }
            return grant(identity, rule, endpoint);
        });
    }

    /** A console page asked for without a session: to the sign-in form (an htmx fragment: the whole page goes there). */
    private static Response toSignIn(ContainerRequestContext request) {
        if ("true".equals(request.getHeaderString("HX-Request"))) {
            return Response.status(401).header("HX-Redirect", SIGN_IN).build();
        }
        return Response.seeOther(java.net.URI.create(SIGN_IN)).build();
    }

    /** Null when granted (the scope is then the request's), else the refusal. */
    Response grant(SecurityIdentity identity, ScopeTable.Rule rule, String endpoint) {
        String actor = identity.getPrincipal().getName();
        Reach reach = rule.reachOf(identity.getRoles());
        if (reach == Reach.NONE) {
            return ErrorMappers.json(403, actor + " (" + String.join(", ", identity.getRoles()) + ") may not "
                    + (rule.act() ? "act on " : "read ") + endpoint, "");
        }
        String county = attribute(identity, Roles.COUNTY_ATTRIBUTE);
        String enterprise = attribute(identity, Roles.ENTERPRISE_ATTRIBUTE);
        // a tenant role without its tenant is refused, never widened to everything
        if (reach == Reach.OWN_COUNTY && county == null) {
            return ErrorMappers.json(403, actor + " is a county officer without a county attribute: refused", "");
        }
        if (reach == Reach.OWN_ENTERPRISE && enterprise == null) {
            return ErrorMappers.json(403, actor + " is an enterprise without an enterprise attribute: refused", "");
        }
        current.grant(new Scope(actor, reach, county, enterprise, endpoint));
        return null;
    }

    static String attribute(SecurityIdentity identity, String name) {
        Object value = identity.getAttribute(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    static String template(Class<?> type, Method method) {
        Path onType = type.getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        String joined = (onType == null ? "" : onType.value()) + "/" + (onMethod == null ? "" : onMethod.value());
        String path = joined.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
