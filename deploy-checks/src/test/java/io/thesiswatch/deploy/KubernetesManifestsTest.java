package io.thesiswatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KubernetesManifestsTest {

    private static final Set<String> SERVICES = Set.of("company-service", "thesis-service", "alert-service");

    private static List<HasMetadata> overlay(String name) throws Exception {
        return Manifests.render(Manifests.root().resolve("k8s/overlays/" + name));
    }

    private static <T> List<T> all(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectOfEveryOverlayFitsTheKubernetesSchema(String overlay) throws Exception {
        List<HasMetadata> objects = overlay(overlay);
        assertFalse(objects.isEmpty());
        assertEquals(List.of(), Manifests.problems(objects));
    }

    @Test
    void theValidatorCatchesATypo() throws Exception {
        Path broken = Path.of(getClass().getResource("/broken/kustomization.yaml").toURI()).getParent();
        List<String> problems = Manifests.problems(Manifests.render(broken));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("contianers"), problems.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceRunsHardenedWithProbesLimitsAnAutoscalerAndABudget(String overlay) throws Exception {
        List<HasMetadata> objects = overlay(overlay);
        List<Deployment> services = all(objects, Deployment.class).stream()
                .filter(d -> SERVICES.contains(d.getMetadata().getName())).toList();
        assertEquals(3, services.size());
        for (Deployment deployment : services) {
            String name = deployment.getMetadata().getName();
            assertTrue(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot(), name);
            Container c = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertTrue(c.getSecurityContext().getReadOnlyRootFilesystem(), name);
            assertFalse(c.getSecurityContext().getAllowPrivilegeEscalation(), name);
            assertEquals("/q/health/live", c.getLivenessProbe().getHttpGet().getPath(), name);
            assertEquals("/q/health/ready", c.getReadinessProbe().getHttpGet().getPath(), name);
            assertEquals("/q/health/started", c.getStartupProbe().getHttpGet().getPath(), name);
            assertTrue(c.getResources().getLimits().containsKey("memory"), name);
            assertTrue(c.getResources().getRequests().containsKey("cpu"), name);
        }
        assertEquals(SERVICES, all(objects, HorizontalPodAutoscaler.class).stream()
                .map(h -> h.getSpec().getScaleTargetRef().getName()).collect(Collectors.toSet()));
        assertEquals(3, all(objects, PodDisruptionBudget.class).size());
        assertTrue(all(objects, NetworkPolicy.class).stream()
                .anyMatch(p -> p.getMetadata().getName().equals("default-deny-ingress")));
        assertEquals(1, all(objects, Ingress.class).size());
    }

    @Test
    void productionRunsTwoReplicasAndCommitsNoSecrets() throws Exception {
        List<HasMetadata> prod = overlay("prod");
        assertTrue(all(prod, Secret.class).isEmpty(), "prod secrets come from the operator");
        for (Deployment d : all(prod, Deployment.class)) {
            assertTrue(d.getSpec().getReplicas() >= 2, d.getMetadata().getName());
        }
        for (HorizontalPodAutoscaler h : all(prod, HorizontalPodAutoscaler.class)) {
            assertTrue(h.getSpec().getMinReplicas() >= 2, h.getMetadata().getName());
        }
    }

    @Test
    void everySecretAServiceReadsExistsInTheDevOverlay() throws Exception {
        List<HasMetadata> dev = overlay("dev");
        Set<String> secrets = all(dev, Secret.class).stream().map(s -> s.getMetadata().getName())
                .collect(Collectors.toSet());
        for (Deployment d : all(dev, Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar env : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null
                            && !Boolean.TRUE.equals(env.getValueFrom().getSecretKeyRef().getOptional())) {
                        String secret = env.getValueFrom().getSecretKeyRef().getName();
                        assertTrue(secrets.contains(secret),
                                d.getMetadata().getName() + " reads missing secret " + secret);
                    }
                }
            }
        }
    }

    @Test
    void theIngressRoutesEachApiPathToItsOwner() throws Exception {
        Ingress ingress = all(overlay("prod"), Ingress.class).get(0);
        var paths = ingress.getSpec().getRules().get(0).getHttp().getPaths().stream()
                .collect(Collectors.toMap(p -> p.getPath(), p -> p.getBackend().getService().getName()));
        assertEquals("company-service", paths.get("/api/v1/series"));
        assertEquals("thesis-service", paths.get("/api/v1/triggers"));
        assertEquals("alert-service", paths.get("/api/v1/unsubscribe"));
        for (String service : List.of("company-service", "thesis-service", "alert-service")) {
            for (String prefix : apiPrefixesOf(service)) {
                assertEquals(service, paths.get(prefix), "the Ingress routes " + prefix + " (an operation of "
                        + service + "'s OpenAPI document) to " + service);
            }
        }
    }

    /** "/api/v1/backtests" and the like: the first three segments of every path the service's document has. */
    private static Set<String> apiPrefixesOf(String service) throws IOException {
        Path document = Manifests.root().resolve(service).resolve("target/openapi").resolve(service + ".json");
        assertTrue(Files.exists(document), document + " is written when the services are built: ./mvnw verify first");
        Set<String> prefixes = new TreeSet<>();
        new ObjectMapper().readTree(document.toFile()).get("paths").fieldNames().forEachRemaining(path -> {
            String[] segments = path.split("/");
            prefixes.add(String.join("/", segments[0], segments[1], segments[2], segments[3]));
        });
        return prefixes;
    }
}
