package io.thesiswatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.stack.Api;
import io.thesiswatch.stack.Stack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three alert-service replicas on one database share one check of 1,500 triggers cut into 30 work items (ranges of
 * 50 trigger ids); one replica is killed (SIGKILL) in the middle, holding an item. Invariants: the run completes;
 * every item is settled once and each replica took some; the killed replica's items were taken over once their lease
 * ended; every trigger is evaluated once; each of the 30 triggers that fire has one event and its follower one
 * email.
 */
class ChecksAcrossReplicasIT {

    private static final int THESES = 30;
    private static final int TRIGGERS_PER_THESIS = 50;
    private static final int TRIGGERS = THESES * TRIGGERS_PER_THESIS;
    private static final int ITEM_SIZE = 50;

    private static TestStack system;
    private static String second;
    private static String third;

    @BeforeAll
    static void startThreeReplicas() throws Exception {
        // short leases: the killed replica's work items and the outbox rows it had claimed are taken over soon
        system = TestStack.withCompanyBehindProxy(ChecksAcrossReplicasIT.class, ShortLease.environment(Map.of(
                "ALERT_CHECK_ITEM_SIZE", String.valueOf(ITEM_SIZE),
                "ALERT_CHECK_ITEM_LEASE", "PT5S",
                "ALERT_CHECK_POLL_INTERVAL", "1s")));
        second = system.stack().addReplica("alert-service", Stack.freePort());
        third = system.stack().addReplica("alert-service", Stack.freePort());
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aCheckSharedByThreeReplicasSurvivesTheKillOfOneWithNothingLostOrDoubled() throws Exception {
        Stack stack = system.stack();
        Scenario scenario = new Scenario(stack);
        scenario.companyWithRevenue("VRT", 7000);
        Map<String, String> followerOfTrigger = new HashMap<>();
        for (int t = 1; t <= THESES; t++) {
            String thesis = scenario.thesis("Replicas " + t, "VRT");
            String trigger = scenario.revenueTrigger(thesis, "Replica trigger " + t, "VRT", "GT", 5000);
            followerOfTrigger.put(trigger, scenario.followersOfThesis(thesis, 1, "replicas-" + t).values()
                    .iterator().next());
        }
        addQuietCopiesOfEachTrigger(stack, TRIGGERS_PER_THESIS - 1);
        EmailTally tally = EmailTally.of(stack);
        // each item's series answer takes a while: the check lasts long enough for all replicas to join in
        system.companyProxy().delayAnswers(Duration.ofMillis(500));

        Api admin = system.admin();
        CompletableFuture<JsonNode> check = CompletableFuture.supplyAsync(() -> {
            try {
                return admin.post(stack.alertUrl() + "/api/v1/checks", Map.of()).require(Set.of(200), "check");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String killed = "/" + stack.replicaPid(third);
        Poll.until("the third replica holding an item, having settled one", Duration.ofSeconds(60),
                () -> items(stack, "CLAIMED", killed) > 0 && items(stack, "DONE", killed) > 0);
        stack.killReplica(third);
        long killedAt = System.nanoTime();

        JsonNode answered = check.get(120, TimeUnit.SECONDS);
        JsonNode run = admin.get(stack.alertUrl() + "/api/v1/checks/" + answered.get("id").asLong())
                .require(Set.of(200), "the run");
        System.out.printf("[ChecksAcrossReplicasIT] run completed %d ms after the kill: %s%n",
                (System.nanoTime() - killedAt) / 1_000_000, summary(run));
        assertEquals("COMPLETED", run.get("status").asText(), "the run completes: " + run);
        assertEquals(TRIGGERS, run.get("evaluated").asInt(), "every trigger evaluated once");
        assertEquals(THESES, run.get("fired").asInt());
        assertEquals(TRIGGERS / ITEM_SIZE, run.get("items").asInt());

        Map<String, Integer> itemsByReplica = new TreeMap<>();
        int takenOver = 0;
        for (JsonNode item : run.get("workItems")) {
            assertEquals("DONE", item.get("status").asText(), "item " + item);
            assertEquals(ITEM_SIZE, item.get("evaluated").asInt(), "item " + item);
            String replica = item.get("replica").asText();
            itemsByReplica.merge(replica.substring(replica.lastIndexOf('/')), 1, Integer::sum);
            if (item.get("attempts").asInt() > 1) {
                takenOver++;
                assertTrue(!replica.endsWith(killed), "a taken-over item was settled by another replica: " + item);
            }
        }
        Set<String> pids = Set.of(killed, "/" + stack.pids().get("alert-service"), "/" + stack.replicaPid(second));
        assertEquals(pids, itemsByReplica.keySet(), "each replica settled some items: " + itemsByReplica);
        assertTrue(takenOver >= 1, "the killed replica's item was taken over: " + summary(run));

        Map<String, Integer> events = eventsPerTrigger(stack, run.get("id").asLong());
        assertEquals(new TreeMap<>(followerOfTrigger.keySet().stream().collect(
                        java.util.stream.Collectors.toMap(t -> t, t -> 1))), new TreeMap<>(events),
                "one event for each trigger that fired, none for the others");
        Poll.until("every follower's email", Duration.ofSeconds(60),
                () -> tally.reached(followerOfTrigger.values()) == THESES);
        Poll.until("every outbox row sent", Duration.ofSeconds(30), () -> scenario.pendingDeliveries() == 0);
        assertEquals(Map.of(), tally.duplicatesAmong(followerOfTrigger.values()), "no email twice");
        assertEquals(THESES, tally.received(), "one email per trigger that fired, nothing else");
    }

    /** Copies of each trigger that never fire, straight into thesis-service's database (the API would be slow). */
    private static void addQuietCopiesOfEachTrigger(Stack stack, int copies) throws SQLException {
        try (Connection db = stack.connect("thesis"); Statement insert = db.createStatement()) {
            insert.executeUpdate("""
                    INSERT INTO risk_trigger
                    SELECT (jsonb_populate_record(t, jsonb_build_object('id', gen_random_uuid(),
                      'name', t.name || ' quiet ' || n, 'threshold', 1000000000))).*
                    FROM risk_trigger t, generate_series(1, %d) n WHERE t.name LIKE 'Replica trigger %%'
                    """.formatted(copies));
        }
    }

    /** How many items in this status the replica whose name ends so holds or settled. */
    private static int items(Stack stack, String status, String replicaEnd) throws SQLException {
        try (Connection db = stack.connect("alert"); PreparedStatement query = db.prepareStatement(
                "SELECT count(*) FROM check_item WHERE status = ? AND replica LIKE ?")) {
            query.setString(1, status);
            query.setString(2, "%" + replicaEnd);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Map<String, Integer> eventsPerTrigger(Stack stack, long runId) throws SQLException {
        Map<String, Integer> events = new HashMap<>();
        try (Connection db = stack.connect("alert"); PreparedStatement query = db.prepareStatement(
                "SELECT trigger_id, count(*) FROM alert_event WHERE check_run_id = ? GROUP BY trigger_id")) {
            query.setLong(1, runId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    events.put(rs.getObject(1, UUID.class).toString(), rs.getInt(2));
                }
            }
        }
        return events;
    }

    private static String summary(JsonNode run) {
        List<String> items = new ArrayList<>();
        run.path("workItems").forEach(item -> items.add(item.get("seq") + ":" + item.get("replica").asText()
                .replaceAll(".*/", "") + "x" + item.get("attempts")));
        return run.get("status") + ", evaluated " + run.get("evaluated") + ", fired " + run.get("fired") + ", items "
                + items;
    }
}
