package io.thesiswatch.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the demo data of the seed article through the public API: companies, groups and metrics, NVIDIA's
 * reported capex and revenue from its SEC filings, the article's figures as observations, three theses with
 * triggers from its risks, and demo subscribers.
 * Running it again changes nothing (existing codes, theses and subscribers are kept).
 */
public final class DemoData {

    private static final Set<Integer> CREATED = Set.of(200, 201);
    private static final Set<Integer> CREATED_OR_EXISTS = Set.of(200, 201, 409);
    /** Trimmed copies of public SEC EDGAR companyfacts files (capex and revenue concepts), by company. */
    private static final Map<String, String> SEC_COMPANY_FACTS = Map.of("NVDA", "sec/companyfacts-NVDA.json");

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
        loadCatalog();
        importFilings();
        loadArticleFigures();
        loadTheses();
        for (JsonNode s : Api.JSON.readTree(resource("subscribers.json"))) {
            subscribe(s, confirmationToken);
        }
    }

    private void loadCatalog() throws IOException, InterruptedException {
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
    }

    /**
     * Real reported figures through the SEC importer, which also sets the company's fiscal year end: the
     * triggers that watch them need their data (and so their kinds of period) to exist first.
     */
    private void importFilings() throws IOException, InterruptedException {
        for (Map.Entry<String, String> filing : SEC_COMPANY_FACTS.entrySet()) {
            String url = company + "/api/v1/imports/sec-companyfacts?subject=" + filing.getKey();
            JsonNode report = admin.postText(url, "application/json", resource(filing.getValue()))
                    .require(Set.of(200), "import of " + filing.getValue());
            List<String> imported = new ArrayList<>();
            report.get("metrics").forEach(m -> imported.add(m.get("metric").asText() + " " + m.get("annual").asInt()
                    + " years and " + m.get("quarterly").asInt() + " quarters"));
            progress.accept("SEC filings of " + report.get("entityName").asText() + ": " + String.join(", ", imported));
        }
    }

    private void loadArticleFigures() throws IOException, InterruptedException {
        JsonNode upsert = admin.postText(company + "/api/v1/observations", "text/csv", resource("observations.csv"))
                .require(CREATED, "observations");
        progress.accept("Figures of the seed article: " + upsert);
    }

    private void loadTheses() throws IOException, InterruptedException {
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
                analyst.post(thesis + "/api/v1/theses/" + id + "/triggers", trigger)
                        .require(CREATED, "trigger " + trigger.get("name"));
            }
            progress.accept("Thesis: " + t.get("title").asText() + " (" + triggers.size() + " trigger(s))");
        }
    }

    private void subscribe(JsonNode s, Function<String, Optional<String>> confirmationToken)
            throws IOException, InterruptedException {
        ObjectNode body = ((ObjectNode) s.deepCopy());
        JsonNode follows = body.remove("follows");
        String email = s.get("email").asText();
        if (subscriberId(email).isPresent()) {
            progress.accept("Subscriber " + email + " exists already");
            return;
        }
        admin.post(alert + "/api/v1/subscribers", body).require(Set.of(202), "sign-up of " + email);
        String id = subscriberId(email).orElseThrow(() -> new IllegalStateException("no subscriber " + email));
        if (follows.has("theses")) {
            JsonNode theses = admin.get(thesis + "/api/v1/theses?size=100").require(CREATED, "thesis list");
            for (JsonNode t : theses.get("items")) {
                follow(id, Map.of("thesisId", t.get("id").asText()));
            }
        }
        for (JsonNode c : follows.path("companies")) {
            follow(id, Map.of("company", c.asText()));
        }
        Optional<String> token = confirmationToken.apply(email);
        if (token.isPresent()) {
            // what the button of the confirmation page posts
            admin.postText(alert + "/api/v1/subscribers/confirm", "application/x-www-form-urlencoded",
                    "token=" + Api.encode(token.get())).require(Set.of(200), "confirmation of " + email);
            progress.accept("Subscriber " + email + " (" + s.get("locale").asText() + ") signed up and confirmed");
        } else {
            progress.accept("Subscriber " + email + " signed up: follow the link in the confirmation email");
        }
    }

    /** The id of the subscriber with this address, as an admin looks it up (a sign-up answers alike for all). */
    private Optional<String> subscriberId(String email) throws IOException, InterruptedException {
        JsonNode found = admin.get(alert + "/api/v1/subscribers?email=" + Api.encode(email))
                .require(Set.of(200), "subscriber by address");
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).get("id").asText());
    }

    private void follow(String subscriberId, Map<String, String> subscription)
            throws IOException, InterruptedException {
        admin.post(alert + "/api/v1/subscribers/" + subscriberId + "/subscriptions", subscription)
                .require(CREATED_OR_EXISTS, "subscription");
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
