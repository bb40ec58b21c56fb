package io.thesiswatch.faults;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.stack.Api;
import io.thesiswatch.stack.Stack;

/**
 * The business steps a fault test needs, as a user takes them: a company with a revenue figure, a thesis, a trigger
 * on it, a check (all through the HTTP API with the admin's token); and, where the API would be too slow, confirmed
 * subscribers following a thesis, written straight into alert-service's database.
 */
final class Scenario {

    private static final Set<Integer> OK = Set.of(200, 201);
    private static final Set<Integer> CREATED_OR_EXISTS = Set.of(200, 201, 409);

    private final Stack stack;
    private final Api admin;

    Scenario(Stack stack) {
        this.stack = stack;
        this.admin = new Api(stack.tokens().admin());
    }

    /** A company with a yearly revenue of this value in 2024 (the metric REVENUE is made when missing). */
    void companyWithRevenue(String code, long revenue2024) throws IOException, InterruptedException {
        String company = stack.companyUrl() + "/api/v1";
        admin.post(company + "/metrics", Map.of("code", "REVENUE", "name", "Revenue", "unit", "USD",
                "additive", true)).require(CREATED_OR_EXISTS, "metric REVENUE");
        admin.post(company + "/companies", Map.of("code", code, "name", code + " Inc.", "layer", "INFRASTRUCTURE"))
                .require(CREATED_OR_EXISTS, "company " + code);
        admin.post(company + "/observations", List.of(Map.of("subject", code, "metric", "REVENUE",
                "period", "2024", "value", revenue2024))).require(OK, "revenue of " + code);
    }

    /** A thesis on this company; answers its id. */
    String thesis(String title, String company) throws IOException, InterruptedException {
        return admin.post(stack.thesisUrl() + "/api/v1/theses", Map.of("title", title, "stance", "LONG",
                        "layer", "INFRASTRUCTURE", "companies", List.of(company), "conviction", 3))
                .require(OK, "thesis " + title).get("id").asText();
    }

    /**
     * A WARNING trigger on the company's yearly revenue: {@code operator} is GT or LT. Answers its id. It fires at the
     * first check that finds the condition true.
     */
    String revenueTrigger(String thesisId, String name, String company, String operator, long threshold)
            throws IOException, InterruptedException {
        return admin.post(stack.thesisUrl() + "/api/v1/theses/" + thesisId + "/triggers", Map.of("name", name,
                        "series", Map.of("subject", company, "metric", "REVENUE", "kind", "YEAR"),
                        "operator", operator, "threshold", threshold, "severity", "WARNING"))
                .require(OK, "trigger " + name).get("id").asText();
    }

    /** Runs a check now (POST /api/v1/checks) and answers whatever it answered. */
    Api.Answer check() throws IOException, InterruptedException {
        return admin.post(stack.alertUrl() + "/api/v1/checks", Map.of());
    }

    /** Runs a check that must answer 200; answers the run. */
    JsonNode checkOk() throws IOException, InterruptedException {
        return check().require(Set.of(200), "POST /api/v1/checks");
    }

    /** A check run, as GET /api/v1/checks/{id} shows it. */
    JsonNode checkRun(long id) throws IOException, InterruptedException {
        return admin.get(stack.alertUrl() + "/api/v1/checks/" + id).require(Set.of(200), "check run " + id);
    }

    /** The newest check run. */
    JsonNode newestCheckRun() throws IOException, InterruptedException {
        JsonNode items = admin.get(stack.alertUrl() + "/api/v1/checks?size=1").require(Set.of(200), "check runs")
                .get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    /**
     * Whether a run has ended: it has a finishedAt, or a status other than RUNNING (COMPLETED or FAILED, for a run
     * that a deadline or a sweep ended).
     */
    static boolean ended(JsonNode run) {
        JsonNode status = run.get("status");
        return run.hasNonNull("finishedAt") || status != null && !"RUNNING".equals(status.asText());
    }

    /** Whether a run got through the whole feed: ended, nothing failed, no trigger in ERROR, no problem. */
    static boolean succeeded(JsonNode run) {
        JsonNode status = run.get("status");
        return run.hasNonNull("finishedAt") && (status == null || "COMPLETED".equals(status.asText()))
                && run.get("errors").asInt() == 0 && !run.hasNonNull("problem");
    }

    /** The states of a thesis' triggers (GET /api/v1/trigger-states), by trigger id. */
    Map<String, JsonNode> triggerStates(String thesisId) throws IOException, InterruptedException {
        Map<String, JsonNode> states = new LinkedHashMap<>();
        admin.get(stack.alertUrl() + "/api/v1/trigger-states?size=100&thesisId=" + thesisId)
                .require(Set.of(200), "trigger states").get("items")
                .forEach(state -> states.put(state.get("triggerId").asText(), state));
        return states;
    }

    /** How many alert events there are (GET /api/v1/alerts). */
    long alertEvents() throws IOException, InterruptedException {
        return admin.get(stack.alertUrl() + "/api/v1/alerts?size=1").require(Set.of(200), "alerts").get("total")
                .asLong();
    }

    /**
     * Confirmed (ACTIVE) subscribers with immediate delivery, each following this thesis, written into alert-service's
     * database in one transaction; answers their email addresses by subscriber id. Addresses are
     * {@code <prefix>-<n>@example.com}.
     */
    Map<UUID, String> followersOfThesis(String thesisId, int count, String prefix) throws SQLException {
        return followers(count, prefix, UUID.fromString(thesisId), null);
    }

    /** As {@link #followersOfThesis}, following a company (every thesis that names it). */
    Map<UUID, String> followersOfCompany(String company, int count, String prefix) throws SQLException {
        return followers(count, prefix, null, company);
    }

    private Map<UUID, String> followers(int count, String prefix, UUID thesisId, String company) throws SQLException {
        Map<UUID, String> followers = new LinkedHashMap<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = stack.connect("alert");
                PreparedStatement subscriber = db.prepareStatement("""
                        INSERT INTO subscriber (id, email, name, delivery, min_severity, notify_resolved, locale,
                                                status, created_at, confirmed_at)
                        VALUES (?, ?, ?, 'IMMEDIATE', 'INFO', true, 'en', 'ACTIVE', ?, ?)""");
                PreparedStatement subscription = db.prepareStatement("""
                        INSERT INTO subscription (id, subscriber_id, thesis_id, company, created_at)
                        VALUES (?, ?, ?, ?, ?)""")) {
            db.setAutoCommit(false);
            for (int n = 1; n <= count; n++) {
                UUID id = UUID.randomUUID();
                String email = prefix + "-" + n + "@example.com";
                subscriber.setObject(1, id);
                subscriber.setString(2, email);
                subscriber.setString(3, "Follower " + n);
                subscriber.setTimestamp(4, now);
                subscriber.setTimestamp(5, now);
                subscriber.addBatch();
                subscription.setObject(1, UUID.randomUUID());
                subscription.setObject(2, id);
                subscription.setObject(3, thesisId);
                subscription.setString(4, company);
                subscription.setTimestamp(5, now);
                subscription.addBatch();
                followers.put(id, email);
            }
            subscriber.executeBatch();
            subscription.executeBatch();
            db.commit();
        }
        return followers;
    }

    /** The outbox rows of one alert event, read from the database: status, attempts and recipient. */
    List<Delivery> deliveriesOf(String eventId) throws SQLException {
        try (Connection db = stack.connect("alert");
                PreparedStatement query = db.prepareStatement("""
                        SELECT d.id, s.email, d.subscriber_id, d.status, d.attempts, d.last_error FROM delivery d
                        JOIN subscriber s ON s.id = d.subscriber_id WHERE d.event_id = ? ORDER BY d.id""")) {
            query.setObject(1, UUID.fromString(eventId));
            List<Delivery> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Delivery(rs.getLong(1), rs.getString(2), (UUID) rs.getObject(3), rs.getString(4),
                            rs.getInt(5), rs.getString(6)));
                }
            }
            return rows;
        }
    }

    /** How many outbox rows are still to be sent or retried: none means no email of them can go out again. */
    int pendingDeliveries() throws SQLException {
        try (Connection db = stack.connect("alert"); Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("SELECT count(*) FROM delivery WHERE status = 'PENDING'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The id of the only alert event of a trigger (GET /api/v1/alerts?triggerId=...). */
    String eventOf(String triggerId) throws IOException, InterruptedException {
        JsonNode items = admin.get(stack.alertUrl() + "/api/v1/alerts?triggerId=" + triggerId)
                .require(Set.of(200), "alerts of " + triggerId).get("items");
        if (items.size() != 1) {
            throw new AssertionError("expected one alert event of trigger " + triggerId + ", found " + items);
        }
        return items.get(0).get("id").asText();
    }

    /** One outbox row. */
    record Delivery(long id, String email, UUID subscriberId, String status, int attempts, String lastError) {
    }
}
