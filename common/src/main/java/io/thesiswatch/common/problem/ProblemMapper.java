package io.thesiswatch.common.problem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.thesiswatch.common.http.AllowedMethods;
import io.thesiswatch.common.json.UnacceptableTextException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem+json answers. Answers never carry stack traces
 * or Java class names; unexpected failures are logged here and answered with a plain 500.
 */
@Singleton
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final AccessDetails access;
    private final AllowedMethods allowedMethods;

    /**
     * {@code tokenHint}: where callers find tokens, added to every 401 and 403 (the local stack sets it);
     * {@code audiences} and {@code maxTokenAge}: what tokens the service accepts, named when it refuses one.
     */
    public ProblemMapper(@ConfigProperty(name = "thesiswatch.problem.token-hint") Optional<String> tokenHint,
            @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<List<String>> audiences,
            @ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> maxTokenAge,
            AllowedMethods allowedMethods) {
        this.access = new AccessDetails(tokenHint, new TokenRefusal(audiences.orElse(List.of()), maxTokenAge));
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        Response problem = answer(e.status(), e.type(), e.title(), e.getMessage(), uri, e.violations());
        return e.retryAfter()
                .map(wait -> Response.fromResponse(problem)
                        .header(HttpHeaders.RETRY_AFTER, Math.max(1, wait.toSeconds())).build())
                .orElse(problem);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        String authorization = headers == null ? null : headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        String detail = access.unauthenticated(authorization, e);
        return Response.fromResponse(answer(401, "unauthorized", "Unauthorized", detail, uri, List.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, ResourceInfo resource) {
        String detail = resource == null ? access.forbidden(e.getMessage(), null, null)
                : access.forbidden(e.getMessage(), resource.getResourceMethod(), resource.getResourceClass());
        return answer(403, "forbidden", "Forbidden", detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response beanValidation(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> Violation.of(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return answer(400, "validation", "Invalid request", detail, uri, violations);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return answer(400, "malformed-body", "Malformed request body", "The body is not valid JSON" + where, uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String message;
        if (e instanceof UnacceptableTextException) {
            message = e.getOriginalMessage();
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else if (e.getTargetType() != null) {
            message = "must be " + describe(e.getTargetType());
        } else {
            message = "has the wrong type";
        }
        if (field.isEmpty()) {
            return answer(400, "malformed-body", "Malformed request body", "The body " + message, uri, List.of());
        }
        return answer(400, "validation", "Invalid request", field + " " + message, uri,
                List.of(Violation.of(field, message)));
    }

    @ServerExceptionMapper
    public Response otherJsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String detail = field.isEmpty() ? "The body does not have the expected shape" : field + " is not valid";
        return answer(400, "malformed-body", "Malformed request body", detail, uri,
                field.isEmpty() ? List.of() : List.of(Violation.of(field, "is not valid")));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedJson(mismatch, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return otherJsonMapping(mapping, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // a query or path parameter that could not be converted (JAX-RS answers 404 for those)
            return unconvertibleParameter(uri, resource);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return answer(status, "internal", "Internal error", "The request could not be completed", uri, List.of());
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Error" : reason.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this path";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "This content type is not supported here";
            default -> title;
        };
        Response problem = answer(status, slug(title), title, detail, uri, List.of());
        if (status != 405) {
            return problem;
        }
        String allow = e.getResponse() == null ? null : e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow == null && uri != null) {
            allow = allowedMethods.allowFor(uri.getPath());
        }
        return allow == null || allow.isEmpty() ? problem
                : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseUnavailableException.explains(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return apiException(new DatabaseUnavailableException(e), uri);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleObjectStateException) {
                return answer(409, "conflict", "Conflict",
                        "The resource was changed by someone else meanwhile; read it again and retry", uri, List.of());
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return answer(409, "conflict", "Conflict",
                        "The request conflicts with data stored meanwhile (a duplicate or a reference in use)", uri,
                        List.of());
            }
        }
        LOG.error("Unexpected failure", e);
        return answer(500, "internal", "Internal error", "The request could not be completed", uri, List.of());
    }

    private static Response unconvertibleParameter(UriInfo uri, ResourceInfo resource) {
        return UnreadableParameter.of(resource == null ? null : resource.getResourceMethod(),
                        uri == null ? null : uri.getPathParameters(), uri == null ? null : uri.getQueryParameters())
                .map(violation -> answer(400, "validation", "Invalid request",
                        violation.field() + " " + violation.message(), uri, List.of(violation)))
                .orElseGet(() -> answer(400, "validation", "Invalid request", "A query or path parameter has the "
                        + "wrong form: expected a number or one of the documented values", uri, List.of()));
    }

    private static Response answer(int status, String type, String title, String detail, UriInfo uri,
            List<Violation> violations) {
        Problem problem = new Problem(Problem.TYPE_BASE + type, title, status, detail,
                uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""),
                violations.isEmpty() ? null : violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The client's name for a violated property: body fields as they are, query parameters by name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        Path.Node previous = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (previous != null && previous.getKind() == ElementKind.PARAMETER && field.length() > 0
                    && node.getKind() != ElementKind.PARAMETER) {
                field.setLength(0); // the body parameter's own name means nothing to the client
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
            previous = node;
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    /** The JSON path of the value Jackson could not map ({@code rows[2].value}), empty for the body itself. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.getName().startsWith("java.time.")) {
            return "an ISO-8601 date or time";
        }
        return "an object";
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
