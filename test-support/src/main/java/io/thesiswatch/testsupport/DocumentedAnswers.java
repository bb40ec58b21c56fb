package io.thesiswatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every answer a test gets against the OpenAPI document of the service that gave it: an undocumented
 * status, field, type or null fails the test that saw it. Requests are not checked, since tests send bad input
 * on purpose; the operations endpoints under {@code /q/} are not part of the document.
 */
public final class DocumentedAnswers implements OrderedFilter {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Map<String, OpenApiValidationFilter> byServer = new ConcurrentHashMap<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        URI uri = URI.create(request.getURI());
        if (uri.getPath().startsWith("/q/")) {
            return context.next(request, response);
        }
        String server = uri.getScheme() + "://" + uri.getAuthority();
        return byServer.computeIfAbsent(server, DocumentedAnswers::validatorFor).filter(request, response, context);
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    private static OpenApiValidationFilter validatorFor(String server) {
        LevelResolver levels = LevelResolver.create()
                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                .build();
        return new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForInlineApiSpecification(document(server))
                .withLevelResolver(levels)
                .build());
    }

    private static String document(String server) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(server + "/q/openapi?format=json")).build();
        try {
            HttpResponse<String> answer = HTTP.send(get, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(server + " served no OpenAPI document: HTTP " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
