package io.thesiswatch.stack;

import static io.thesiswatch.stack.Waits.await;
import static io.thesiswatch.stack.Waits.link;
import static io.thesiswatch.stack.Waits.pause;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import io.thesiswatch.client.alert.api.AlertsApi;
import io.thesiswatch.client.alert.api.ChecksApi;
import io.thesiswatch.client.alert.api.MeApi;
import io.thesiswatch.client.alert.api.SubscribersApi;
import io.thesiswatch.client.alert.api.WebhooksApi;
import io.thesiswatch.client.alert.model.SubscriberRequest;
import io.thesiswatch.client.alert.model.SubscriptionRequest;
import io.thesiswatch.client.alert.model.WebhookRequest;
import io.thesiswatch.client.company.api.CompaniesApi;
import io.thesiswatch.client.company.api.GroupsApi;
import io.thesiswatch.client.company.api.MetricsApi;
import io.thesiswatch.client.company.api.ObservationsApi;
import io.thesiswatch.client.company.model.CompanyCreateRequest;
import io.thesiswatch.client.company.model.GroupCreateRequest;
import io.thesiswatch.client.company.model.Layer;
import io.thesiswatch.client.company.model.MetricRequest;
import io.thesiswatch.client.company.model.Unit;
import io.thesiswatch.client.thesis.api.JournalApi;
import io.thesiswatch.client.thesis.api.ThesesApi;
import io.thesiswatch.client.thesis.api.TriggersApi;
import io.thesiswatch.client.thesis.model.Basis;
import io.thesiswatch.client.thesis.model.JournalEntry;
import io.thesiswatch.client.thesis.model.JournalKind;
import io.thesiswatch.client.thesis.model.Operator;
import io.thesiswatch.client.thesis.model.PeriodKind;
import io.thesiswatch.client.thesis.model.SeriesRequest;
import io.thesiswatch.client.thesis.model.Severity;
import io.thesiswatch.client.thesis.model.Stance;
import io.thesiswatch.client.thesis.model.ThesisCreateRequest;
import io.thesiswatch.client.thesis.model.ThesisStatus;
import io.thesiswatch.client.thesis.model.Transform;
import io.thesiswatch.client.thesis.model.TriggerCreateRequest;
import io.thesiswatch.devinfra.ReceivedEmail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The investor's story, end to end: the three packaged services as real processes, a real PostgreSQL and a real
 * SMTP server, driven through the clients OpenAPI Generator makes of the services' documents; the links in the
 * emails are followed as a mail client follows them, and the investor's app gets the alert by a signed webhook.
 */
class EndToEndIT {

    private static final String INVESTOR = "investor@example.com";

    private static Stack stack;
    private static Path data;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path root = Path.of(System.getProperty("thesiswatch.root", "..")).toAbsolutePath().normalize();
        data = Files.createTempDirectory("thesis-watch-e2e");
        stack = Stack.start(root, data, Stack.Ports.free(), "off", line -> System.out.println("[e2e] " + line));
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopTheSystem() throws java.io.IOException {
        if (receiver != null) {
            receiver.close();
        }
        if (stack != null) {
            stack.close();
        }
        Folders.delete(data);
    }

    @Test
    void anInvestorIsWarnedOnceWhenCapexGrowthTurnsAndToldWhenItRecovers() throws Exception {
        var company = GeneratedClients.company(stack.companyUrl(), stack.tokens().admin());
        var analyst = GeneratedClients.thesis(stack.thesisUrl(), stack.tokens().analyst("ana@example.com"));
        var admin = GeneratedClients.alert(stack.alertUrl(), stack.tokens().admin());
        var anyone = GeneratedClients.alert(stack.alertUrl());
        ObservationsApi observations = new ObservationsApi(company);
        ChecksApi checks = new ChecksApi(admin);

        for (String code : List.of("NVDA", "MSFT", "GOOGL")) {
            new CompaniesApi(company).createCompany(new CompanyCreateRequest().code(code).name(code).exchange("NASDAQ")
                    .country("US").layer(Layer.PLATFORM));
        }
        new GroupsApi(company).createGroup(new GroupCreateRequest().code("BIG3").name("Three giants")
                .members(List.of("NVDA", "MSFT", "GOOGL")));
        new MetricsApi(company).createMetric(new MetricRequest().code("CAPEX").name("Capex").unit(Unit.USD)
                .additive(true));
        observations.recordObservations("""
                subject,metric,period,value,source
                NVDA,CAPEX,2023,100,e2e
                MSFT,CAPEX,2023,100,e2e
                GOOGL,CAPEX,2023,100,e2e
                NVDA,CAPEX,2024,105,e2e
                MSFT,CAPEX,2024,104,e2e
                GOOGL,CAPEX,2024,106,e2e
                """);

        UUID thesisId = new ThesesApi(analyst).createThesis(new ThesisCreateRequest()
                .title("Capex cycle runs through 2027").stance(Stance.LONG)
                .layer(io.thesiswatch.client.thesis.model.Layer.INFRASTRUCTURE).companies(List.of("NVDA"))
                .conviction(4).horizon(LocalDate.of(2027, 12, 31))).getId();
        new TriggersApi(analyst).createTrigger(thesisId, new TriggerCreateRequest().name("Capex cycle ends")
                .series(new SeriesRequest().subject("BIG3").metric("CAPEX").transform(Transform.YOY_PCT)
                        .kind(PeriodKind.YEAR).basis(Basis.CALENDAR))
                .operator(Operator.LT).threshold(BigDecimal.TEN).severity(Severity.CRITICAL));

        assertEquals(INVESTOR, new SubscribersApi(anyone).signUp(new SubscriberRequest().email(INVESTOR)
                .name("Investor")).getEmail(), "a sign-up is answered alike for every address, naming no one");
        String confirm = link(awaitEmail("Confirm").text(), "/subscribers/confirm");
        new SubscribersApi(anyone).confirmSubscriber(confirm.substring(confirm.indexOf("token=") + "token=".length()));
        var investor = GeneratedClients.alert(stack.alertUrl(), stack.tokens().subscriber(INVESTOR));
        UUID subscriberId = new MeApi(investor).getMe().getId();
        new SubscribersApi(admin).subscribe(subscriberId, new SubscriptionRequest().thesisId(thesisId));
        String secret = new WebhooksApi(investor).createWebhook(new WebhookRequest().url(receiver.url())
                .description("The investor's phone app")).getSecret();

        assertEquals(1, checks.runCheck().getFired());
        ReceivedEmail fired = awaitEmail("Capex cycle ends");
        assertTrue(fired.subject().startsWith("[CRITICAL]"), fired.subject());
        assertTrue(fired.text().contains("BIG3 CAPEX YoY 5.0% fell below 10%"), fired.text());
        assertTrue(fired.html().contains("Capex cycle runs through 2027"));
        assertEquals("calendar 2024", new AlertsApi(admin).listAlerts(null, null, null, null, null).getItems().get(0)
                .getPeriodName());
        List<ReceivedEmail.InlineImage> charts = fired.inlineImages();
        assertEquals(1, charts.size(), "the alert email carries its chart");
        assertEquals(880, ImageIO.read(new ByteArrayInputStream(charts.get(0).bytes())).getWidth());
        HttpResponse<byte[]> chart = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                stack.companyUrl() + "/api/v1/series/BIG3/CAPEX/chart?transform=YOY_PCT&threshold=10&width=640"))
                .header("Authorization", "Bearer " + stack.tokens().subscriber(INVESTOR)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, chart.statusCode());
        assertEquals("image/png", chart.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(640, ImageIO.read(new ByteArrayInputStream(chart.body())).getWidth(),
                "the packaged company-service draws charts");

        WebhookReceiver.Message pushed = await(() -> receiver.messages().stream().findFirst().orElse(null));
        new Webhook(secret).verify(pushed.body(), pushed.headers());
        JsonNode payload = Api.JSON.readTree(pushed.body());
        assertEquals("alert.fired", payload.get("type").asText());
        assertEquals("Capex cycle ends", payload.at("/data/alert/triggerName").asText());
        assertEquals("calendar 2024", payload.at("/data/alert/periodName").asText());

        assertEquals(0, checks.runCheck().getFired());
        pause(Duration.ofSeconds(3));
        assertEquals(1, receiver.messages().size(), "a second check posts nothing");
        assertEquals(1, emails("Capex cycle ends").size(), "a second check sends nothing");

        JournalEntry entry = await(() -> {
            try {
                var journal = new JournalApi(analyst).readJournal(thesisId, null, null, null);
                return journal.getTotal() > 0 ? journal.getItems().get(0) : null;
            } catch (io.thesiswatch.client.thesis.ApiException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(JournalKind.TRIGGER_FIRED, entry.getKind());
        assertTrue(entry.getNote().contains("Capex cycle ends"), entry.getNote());
        assertEquals(ThesisStatus.AT_RISK, new ThesesApi(analyst).getThesis(thesisId, null).getStatus());
        assertEquals(Set.of("thesis-service", "alert-service"), stack.identityProvider().grants().stream()
                .map(grant -> grant.clientCredentials().substring(0, grant.clientCredentials().indexOf(':')))
                .collect(Collectors.toSet()), "both calling services got their tokens by client credentials");

        // the investor's app changes their language and time zone: the next email follows them
        assertEquals("zh-TW", new MeApi(investor).updateMe(Map.of("locale", "zh-TW",
                "timeZone", "Europe/Berlin")).getLocale().getValue());
        observations.recordObservations("""
                subject,metric,period,value,source
                NVDA,CAPEX,2024,120,restated
                """);
        assertEquals(1, checks.runCheck().getResolved());
        ReceivedEmail resolved = awaitEmail("已解除");
        assertEquals("zh-TW", resolved.header("Content-Language"));
        assertTrue(resolved.text().contains("已回到 10.0%"), resolved.text());
        assertTrue(resolved.text().contains("(Europe/Berlin)"), resolved.text());
        assertEquals(1, new MeApi(investor).listMyAlerts(null, null, null).getItems().stream()
                .filter(sent -> sent.getEvent().getKind().getValue().equals("RESOLVED")).count());

        // the one-click unsubscribe a mail client sends (RFC 8058), from the link in the email
        new Api().postText(link(resolved.text(), "/unsubscribe"), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click").require(Set.of(200), "unsubscribe");
        observations.recordObservations("""
                subject,metric,period,value,source
                NVDA,CAPEX,2025,100,e2e
                MSFT,CAPEX,2025,100,e2e
                GOOGL,CAPEX,2025,100,e2e
                """);
        assertEquals(1, checks.runCheck().getFired());
        pause(Duration.ofSeconds(3));
        assertEquals(2, emails("Capex cycle ends").size(), "nothing after unsubscribing");
    }

    private List<ReceivedEmail> emails(String subjectContains) {
        return stack.emails().stream()
                .filter(email -> email.isTo(INVESTOR))
                .filter(email -> email.subject().contains(subjectContains))
                .toList();
    }

    private ReceivedEmail awaitEmail(String subjectContains) {
        return await(() -> emails(subjectContains).stream().findFirst().orElse(null));
    }
}
