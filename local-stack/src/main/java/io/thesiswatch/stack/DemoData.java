package io.thesiswatch.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the demo data of the seed article through the public API: companies, groups and metrics, the
 * article's figures as observations, three theses with triggers from its risks, and demo subscribers.
 * Running it again changes nothing (existing codes, theses and subscribers are kept).
 */
public final class DemoData {

    private static final Set<Integer> CREATED = Set.of(200, 201);
    private static final Set<Integer> CREATED_OR_EXISTS = Set.of(200, 201, 409);

    private final Api admin;
    private final Api analyst;
    private final String company;
    private final String thesis;
    private final String alert;
    private final Consumer<String> progress;

    /**
     * {@code adminToken} writes the catalog and subscriptions; {@code analystToken} writes the theses, which
     * its analyst then owns (the admin's token is used when it is null).
     */
    public DemoData(String companyUrl, String thesisUrl, String alertUrl, String adminToken, String analystToken,
            Consumer<String> progress) {
        this.admin = new Api(adminToken);
        this.analyst = analystToken == null ? admin : new Api(analystToken);
        this.company = companyUrl;
        this.thesis = thesisUrl;
        this.alert = alertUrl;
        this.progress = progress;
    }

    /**
     * Loads everything. {@code confirmationToken} finds the token of the confirmation email sent to an
     * address (the local stack reads its own inbox); when it finds none, the subscriber stays PENDING
     * until they follow the link themselves.
     */
    public void load(Function<String, Optional<String>> confirmationToken) throws IOException, InterruptedException {
        JsonNode catalog = Api.JSON.readTree(resource("catalog.json"));
        for (JsonNode c : catalog.get("companies")) {
            admin.post(company + "/api/v1/companies", c).require(CREATED_OR_EXISTS, "company " + c.get("code"));
        }
        for (JsonNode g : catalog.get("groups")) {
            admin.post(company + "/api/v1/groups", g).require(CREATED_OR_EXISTS, "group " + g.get("code"));
        }
        for (JsonNode m : catalog.get("metrics")) {
            admin.post(company + "/api/v1/metrics", m).require(CREATED_OR_EXISTS, "metric " + m.get("code"));
        }
        progress.accept("Catalog: " + catalog.get("companies").size() + " companies, " + catalog.get("groups").size()
                + " groups, " + catalog.get("metrics").size() + " metrics");
        JsonNode upsert = admin.postText(company + "/api/v1/observations", "text/csv", resource("observations.csv"))
                .require(CREATED, "observations");
        progress.accept("Observations: " + upsert);

        Set<String> existingTitles = new HashSet<>();
        analyst.get(thesis + "/api/v1/theses?size=100").require(CREATED, "thesis list").get("items")
                .forEach(t -> existingTitles.add(t.get("title").asText()));
        for (JsonNode t : Api.JSON.readTree(resource("theses.json"))) {
            if (existingTitles.contains(t.get("title").asText())) {
                continue;
            }
            ObjectNode body = ((ObjectNode) t.deepCopy());
            JsonNode triggers = body.remove("triggers");
            String id = analyst.post(thesis + "/api/v1/theses", body).require(CREATED, "thesis").get("id").asText();
            for (JsonNode trigger : triggers) {
                analyst.post(thesis + "/api/v1/theses/" + id + "/triggers", trigger).require(CREATED, "trigger");
            }
            progress.accept("Thesis: " + t.get("title").asText() + " (" + triggers.size() + " trigger(s))");
        }

        for (JsonNode s : Api.JSON.readTree(resource("subscribers.json"))) {
            subscribe(s, confirmationToken);
        }
    }

    private void subscribe(JsonNode s, Function<String, Optional<String>> confirmationToken)
            throws IOException, InterruptedException {
        ObjectNode body = ((ObjectNode) s.deepCopy());
        JsonNode follows = body.remove("follows");
        String email = s.get("email").asText();
        Api.Answer signUp = admin.post(alert + "/api/v1/subscribers", body);
        if (signUp.status() == 409) {
            progress.accept("Subscriber " + email + " exists already");
            return;
        }
        String id = signUp.require(CREATED, "subscriber").get("id").asText();
        if (follows.has("theses")) {
            for (JsonNode t : admin.get(thesis + "/api/v1/theses?size=100").require(CREATED, "thesis list").get("items")) {
                admin.post(alert + "/api/v1/subscribers/" + id + "/subscriptions", Map.of("thesisId", t.get("id").asText()))
                        .require(CREATED_OR_EXISTS, "subscription");
            }
        }
        for (JsonNode c : follows.path("companies")) {
            admin.post(alert + "/api/v1/subscribers/" + id + "/subscriptions", Map.of("company", c.asText()))
                    .require(CREATED_OR_EXISTS, "subscription");
        }
        Optional<String> token = confirmationToken.apply(email);
        if (token.isPresent()) {
            admin.get(alert + "/api/v1/subscribers/confirm?token=" + Api.encode(token.get()))
                    .require(Set.of(200), "confirmation of " + email);
            progress.accept("Subscriber " + email + " (" + s.get("locale").asText() + ") signed up and confirmed");
        } else {
            progress.accept("Subscriber " + email + " signed up: follow the link in the confirmation email");
        }
    }

    /** Runs a check now and answers what it found. */
    public JsonNode check() throws IOException, InterruptedException {
        return admin.post(alert + "/api/v1/checks", Map.of()).require(Set.of(200), "check");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IOException("missing demo resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
