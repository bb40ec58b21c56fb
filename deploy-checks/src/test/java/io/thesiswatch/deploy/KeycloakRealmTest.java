package io.thesiswatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The development identity provider's realm export: it parses, has every role the services check as a group, puts
 * the audience the services require and the caller's groups in every client's tokens, gives each calling service a
 * confidential client with a service account in the group service, and issues tokens whose issuer the services trust.
 */
class KeycloakRealmTest {

    private static final String REALM_FILE = "k8s/overlays/dev/keycloak/thesis-watch-realm.json";
    private static final Pattern ROLE = Pattern.compile("public static final String \\w+ = \"([a-z-]+)\";");

    private static JsonNode realm() throws IOException {
        return new ObjectMapper().readTree(Manifests.root().resolve(REALM_FILE).toFile());
    }

    /** The roles the services check, as common's Roles names them. */
    private static Set<String> rolesTheServicesUse() throws IOException {
        String source = Files.readString(
                Manifests.root().resolve("common/src/main/java/io/thesiswatch/common/security/Roles.java"));
        Matcher matcher = ROLE.matcher(source);
        Set<String> roles = new TreeSet<>();
        while (matcher.find()) {
            roles.add(matcher.group(1));
        }
        return roles;
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return list(realm.get("clients")).stream().filter(c -> c.get("clientId").asText().equals(clientId))
                .findFirst().orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static Map<String, String> envOf(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(env -> env.getValue() != null)
                .collect(Collectors.toMap(env -> env.getName(), env -> env.getValue()));
    }

    @Test
    void everyRoleTheServicesCheckIsAGroup() throws IOException {
        Set<String> roles = rolesTheServicesUse();
        assertEquals(Set.of("admin", "analyst", "subscriber", "service"), roles, "Roles.java as read here");
        Set<String> groups = list(realm().get("groups")).stream().map(g -> g.get("name").asText())
                .collect(Collectors.toSet());
        assertEquals(roles, groups);
    }

    @Test
    void everyClientsTokensCarryTheAudienceAndTheGroups() throws IOException {
        JsonNode realm = realm();
        for (String clientId : List.of("thesis-watch-mobile", "thesis-service", "alert-service")) {
            List<JsonNode> mappers = list(client(realm, clientId).get("protocolMappers"));
            assertTrue(mappers.stream().anyMatch(m -> m.get("protocolMapper").asText().equals("oidc-audience-mapper")
                    && m.get("config").get("included.custom.audience").asText().equals("thesis-watch")
                    && m.get("config").get("access.token.claim").asText().equals("true")), clientId);
            assertTrue(mappers.stream().anyMatch(m -> m.get("protocolMapper").asText()
                    .equals("oidc-group-membership-mapper") && m.get("config").get("claim.name").asText()
                    .equals("groups") && m.get("config").get("full.path").asText().equals("false")), clientId);
        }
    }

    @Test
    void theMobileAppIsAPublicClientWithPkceAndTheServicesAreConfidentialWithServiceAccounts() throws IOException {
        JsonNode realm = realm();
        JsonNode mobile = client(realm, "thesis-watch-mobile");
        assertTrue(mobile.get("publicClient").asBoolean());
        assertEquals("S256", mobile.get("attributes").get("pkce.code.challenge.method").asText());
        for (String service : List.of("thesis-service", "alert-service")) {
            JsonNode client = client(realm, service);
            assertFalse(client.get("publicClient").asBoolean(), service);
            assertTrue(client.get("serviceAccountsEnabled").asBoolean(), service);
            assertFalse(client.get("standardFlowEnabled").asBoolean(), service);
            assertTrue(client.get("secret").asText().matches("\\$\\{[A-Z_]+}"), service + ": secret from a Secret");
            JsonNode account = list(realm.get("users")).stream().filter(u -> u.has("serviceAccountClientId")
                    && u.get("serviceAccountClientId").asText().equals(service)).findFirst().orElseThrow();
            assertEquals(List.of("/service"), list(account.get("groups")).stream().map(JsonNode::asText).toList());
        }
    }

    @Test
    void theServicesTrustTheIssuerKeycloakWritesInItsTokens() throws Exception {
        List<HasMetadata> dev = Manifests.render(Manifests.root().resolve("k8s/overlays/dev"));
        Deployment keycloak = dev.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                .filter(d -> d.getMetadata().getName().equals("keycloak")).findFirst().orElseThrow();
        String issuer = envOf(keycloak).get("KC_HOSTNAME") + "/realms/" + realm().get("realm").asText();
        List<ConfigMap> configs = dev.stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast)
                .filter(c -> c.getMetadata().getName().matches("(company|thesis|alert)-service")).toList();
        assertEquals(3, configs.size());
        for (ConfigMap config : configs) {
            assertEquals(issuer, config.getData().get("MP_JWT_VERIFY_ISSUER"), config.getMetadata().getName());
            assertEquals("thesis-watch", config.getData().get("MP_JWT_VERIFY_AUDIENCES"));
            if (!config.getMetadata().getName().startsWith("company")) {
                assertEquals(issuer, config.getData().get("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL"));
            }
        }
    }
}
