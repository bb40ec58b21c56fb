package io.thesiswatch.deploy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;

/** Renders a kustomization with kubectl and reads every object strictly against the Kubernetes model. */
final class Manifests {

    /** The Prometheus Operator's kinds (ServiceMonitor, PrometheusRule), in fabric8's model. */
    private static final String MONITORING_MODEL = "io.fabric8.openshift.api.model.monitoring";

    private Manifests() {
    }

    static Path root() {
        return Path.of(System.getProperty("thesiswatch.root", "..")).toAbsolutePath().normalize();
    }

    /** The objects {@code kubectl kustomize DIR} renders. */
    static List<HasMetadata> render(Path kustomization) throws IOException, InterruptedException {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", kustomization.toString()).start();
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + kustomization + " failed: " + errors);
        }
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---$")) {
            if (!document.isBlank()) {
                objects.add(Serialization.unmarshal(document, HasMetadata.class));
            }
        }
        return objects;
    }

    /**
     * Every problem a strict reading finds: kinds the model does not know, and fields it does not know
     * (the model keeps those as "additional properties", which is where a typo ends up).
     */
    static List<String> problems(List<HasMetadata> objects) {
        List<String> problems = new ArrayList<>();
        for (HasMetadata object : objects) {
            String name = object.getKind() + "/" + object.getMetadata().getName();
            if (object instanceof GenericKubernetesResource) {
                problems.add(name + ": unknown kind " + object.getApiVersion() + " " + object.getKind());
                continue;
            }
            walk(object, name, problems, new IdentityHashMap<>());
        }
        return problems;
    }

    private static void walk(Object node, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, true) != null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, problems, seen));
            return;
        }
        String type = node.getClass().getName();
        if (!type.startsWith("io.fabric8.kubernetes.api.model") && !type.startsWith(MONITORING_MODEL)) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
            } else {
                walk(value, path + "." + property(getter.getName()), problems, seen);
            }
        }
    }

    private static String property(String getter) {
        return Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
    }
}
