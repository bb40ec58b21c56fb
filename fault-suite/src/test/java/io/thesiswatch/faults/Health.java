package io.thesiswatch.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A service's readiness as an orchestrator sees it: the status of {@code /q/health/ready}, or none at all. */
final class Health {

    /** What a probe gets from a service that does not answer in time or refuses the connection. */
    static final int NO_ANSWER = -1;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Health() {
    }

    /** The status of the service's readiness check, or {@link #NO_ANSWER}. */
    static int readiness(String baseUrl) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return NO_ANSWER;
        }
    }
}
