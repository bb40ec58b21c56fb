package io.thesiswatch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load generator run as its own process (so that it does not share a JVM with what it measures):
 * N clients request batch queries or charts for a fixed time (single reads come from wrk), after a warm-up, and
 * it prints one JSON line with requests,
 * errors, requests/s and p50/p99 latency in milliseconds.
 *
 * <pre>LoadGenerator query|chart BASE_URL TOKEN CLIENTS SECONDS COMPANIES METRICS</pre>
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String base = args[1];
        String token = args[2];
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int companies = Integer.parseInt(args[5]);
        int metrics = Integer.parseInt(args[6]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        AtomicLong errors = new AtomicLong();
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            Random random = new Random(42 + c);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = request(mode, base, token, random, companies, metrics);
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    long took = System.nanoTime() - start;
                    if (start >= warmupEnd) {
                        mine.add(took);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        double p50 = all.isEmpty() ? 0 : all.get(all.size() / 2) / 1e6;
        double p99 = all.isEmpty() ? 0 : all.get(Math.min(all.size() - 1, (int) (all.size() * 0.99))) / 1e6;
        System.out.printf("{\"requests\": %d, \"errors\": %d, \"rps\": %.1f, \"p50\": %.2f, \"p99\": %.2f}%n",
                all.size(), errors.get(), all.size() / (double) seconds, p50, p99);
    }

    private static HttpRequest request(String mode, String base, String token, Random random, int companies,
            int metrics) {
        if (mode.equals("chart")) {
            String path = String.format("/api/v1/series/C%04d/M%d/chart?transform=YOY_PCT&threshold=10&scale=2",
                    random.nextInt(companies), 1 + random.nextInt(metrics));
            return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30)).GET().build();
        }
        StringBuilder body = new StringBuilder("{\"last\": 4, \"series\": [");
        for (int i = 0; i < 100; i++) {
            body.append(i == 0 ? "" : ",").append(String.format("{\"subject\": \"C%04d\", \"metric\": \"M%d\", "
                    + "\"transform\": \"YOY_PCT\"}", random.nextInt(companies), 1 + random.nextInt(metrics)));
        }
        body.append("]}");
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/series/query"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }
}
