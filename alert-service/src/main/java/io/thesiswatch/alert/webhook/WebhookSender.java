package io.thesiswatch.alert.webhook;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;

import io.thesiswatch.alert.config.AlertConfig;

/**
 * Makes one webhook delivery attempt: a signed JSON POST to a {@link Destination}, connected to the address the
 * guard vetted while the Host header and the TLS server name and certificate check use the URL's host. Redirects are
 * not followed (a 3xx is an answer like any other non-2xx). An attempt takes at most the configured timeout, answer
 * included, and reads at most 64 KB of the answer's body.
 *
 * <p>{@link #send} blocks its caller until the attempt ends: it is called from scheduler worker threads, never from
 * an event loop. Network failures do not throw; they come back as an {@link Answer} without a status.
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "ThesisWatch-Webhooks/1.0";
    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int EXCERPT_CHARS = 500;

    private static final int MAX_ERROR_CHARS = 300;

    /**
     * What came of one attempt.
     *
     * @param statusCode the answer's HTTP status, null when there was no answer
     * @param latency from the start of the attempt to its end (answer read, or failure)
     * @param excerpt the first 500 characters of the answer's body, empty when there was none
     * @param bodyBytes bytes of the body read, at most 64 KB (the rest is not read)
     * @param retryAfter the wait the answer's {@code Retry-After} asks for
     * @param error why there was no answer (timeout, refused connection, TLS failure), null when there was one
     */
    public record Answer(Integer statusCode, Duration latency, String excerpt, int bodyBytes,
            Optional<Duration> retryAfter, String error) {

        /** An attempt that got no answer, for this reason. */
        public static Answer none(Duration latency, String error) {
            return new Answer(null, latency, "", 0, Optional.empty(), error);
        }

        /** Whether the receiver took the delivery (a 2xx answer). */
        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    @Inject
    public WebhookSender(Vertx vertx, AlertConfig config) {
        this(vertx, config.webhooks().timeout(), Clock.systemUTC());
    }

    WebhookSender(Vertx vertx, Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(millis)
                .setSslHandshakeTimeout(millis)
                .setSslHandshakeTimeoutUnit(TimeUnit.MILLISECONDS)
                .setIdleTimeout(millis)
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                // each attempt gets a fresh connection to the address vetted for it
                .setKeepAlive(false)
                .setVerifyHost(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /**
     * Posts one delivery and waits for the answer.
     *
     * @param body the JSON sent
     * @param signature the {@link WebhookSignature#headers signature headers} of this body
     */
    public Answer send(Destination destination, String body, Map<String, String> signature) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("A webhook delivery blocks until its answer: send it from a worker thread");
        }
        long millis = timeout.toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(
                        new InetSocketAddress(destination.address(), destination.port())))
                .setHost(destination.host())
                .setPort(destination.port())
                .setSsl(destination.https())
                .setURI(destination.requestUri())
                .setFollowRedirects(false)
                .setConnectTimeout(millis)
                .setIdleTimeout(millis)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.USER_AGENT, USER_AGENT);
        signature.forEach(options::putHeader);

        long started = System.nanoTime();
        AtomicBoolean abandoned = new AtomicBoolean();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Future<Answer> attempt = client.request(options)
                .compose(request -> {
                    // set before the check, as abandon() sets its flag before it looks: one of them resets
                    sent.set(request);
                    if (abandoned.get()) {
                        // the caller stopped waiting while the connection was made: the delivery must not go out now
                        request.reset();
                        return Future.failedFuture(new TimeoutException("abandoned"));
                    }
                    if (destination.host().contains(":")) {
                        // an IPv6 literal goes in brackets in the Host header; TLS still takes it bare
                        request.authority(HostAndPort.create("[" + destination.host() + "]", destination.port()));
                    }
                    return request.send(Buffer.buffer(body));
                })
                .compose(response -> read(response, started))
                .recover(failure -> Future.succeededFuture(noAnswer(started, describe(failure, destination))));
        try {
            return attempt.toCompletionStage().toCompletableFuture().get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(abandoned, sent);
            return noAnswer(started, "no answer within " + text(timeout) + " (timeout)");
        } catch (InterruptedException e) {
            abandon(abandoned, sent);
            Thread.currentThread().interrupt();
            return noAnswer(started, "interrupted before the answer came");
        } catch (ExecutionException e) {
            // recover() turns failures into answers; this is a bug in this class
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void abandon(AtomicBoolean abandoned, AtomicReference<HttpClientRequest> sent) {
        abandoned.set(true);
        HttpClientRequest request = sent.get();
        if (request != null) {
            request.reset();
        }
    }

    /** Reads the answer's body up to the limit, then drops the connection rather than read more. */
    private Future<Answer> read(HttpClientResponse response, long started) {
        Optional<Duration> retryAfter = RetryAfter.parse(response.getHeader("Retry-After"), clock.instant());
        Promise<Answer> answer = Promise.promise();
        Body body = new Body();
        Runnable complete = () -> answer.tryComplete(
                new Answer(response.statusCode(), since(started), body.excerpt(), body.read, retryAfter, null));
        response.handler(chunk -> {
            if (!answer.future().isComplete() && body.take(chunk)) {
                complete.run();
                response.request().reset();
            }
        });
        response.endHandler(end -> complete.run());
        // the status came, so the receiver answered: a body cut short is still that answer
        response.exceptionHandler(failure -> complete.run());
        return answer.future();
    }

    /** What is kept of an answer's body as it comes (on the event loop): its length, and its start. */
    private static final class Body {

        /** Enough bytes for 500 characters of UTF-8, whatever they are. */
        private static final int EXCERPT_BYTES = EXCERPT_CHARS * 4;

        private final Buffer start = Buffer.buffer();
        private int read;

        /** Takes a chunk in; true once the limit is reached. */
        boolean take(Buffer chunk) {
            int taken = Math.min(chunk.length(), MAX_BODY_BYTES - read);
            read += taken;
            if (start.length() < EXCERPT_BYTES) {
                start.appendBuffer(chunk, 0, Math.min(taken, EXCERPT_BYTES - start.length()));
            }
            return read >= MAX_BODY_BYTES;
        }

        String excerpt() {
            String text = new String(start.getBytes(), StandardCharsets.UTF_8);
            if (text.length() <= EXCERPT_CHARS) {
                return text;
            }
            int end = Character.isHighSurrogate(text.charAt(EXCERPT_CHARS - 1)) ? EXCERPT_CHARS - 1 : EXCERPT_CHARS;
            return text.substring(0, end);
        }
    }

    private static Answer noAnswer(long started, String error) {
        return Answer.none(since(started), error);
    }

    private String describe(Throwable failure, Destination destination) {
        String address = Addresses.text(destination.address());
        String where = destination.host() + " (" + (address.contains(":") ? "[" + address + "]" : address) + ":"
                + destination.port() + ")";
        if (failure instanceof ConnectTimeoutException) {
            return "could not connect to " + where + " within " + text(timeout) + " (timeout)";
        }
        if (failure instanceof TimeoutException) {
            return "no answer within " + text(timeout) + " (timeout)";
        }
        if (failure instanceof ConnectException) {
            String message = String.valueOf(failure.getMessage());
            return "could not connect to " + where + ": "
                    + (message.toLowerCase(Locale.ROOT).contains("refused") ? "connection refused" : message);
        }
        Throwable tls = cause(failure, SSLException.class);
        if (tls != null) {
            return shortened("TLS with " + destination.host() + " failed: " + rootMessage(tls));
        }
        if ("Connection was closed".equals(failure.getMessage())) {
            return where + " closed the connection without answering";
        }
        return shortened(where + ": " + (failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage()));
    }

    private static Throwable cause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String shortened(String text) {
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS - 3) + "...";
    }

    private static String text(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
