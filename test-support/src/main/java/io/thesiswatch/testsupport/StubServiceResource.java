package io.thesiswatch.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server (WireMock) standing in for a neighbour service, wired to the REST client whose
 * config key is given as the init argument {@code configKey}. Tests reach it with {@link #server(String)}.
 */
public class StubServiceResource implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, WireMockServer> SERVERS = new ConcurrentHashMap<>();

    private String configKey;
    private String urlProperty;
    private WireMockServer server;

    /**
     * {@code configKey} names the stub (and, by default, the REST client whose URL it sets);
     * {@code urlProperty} sets another property to the stub's URL instead.
     */
    @Override
    public void init(Map<String, String> initArgs) {
        configKey = initArgs.getOrDefault("configKey", "company-service");
        urlProperty = initArgs.getOrDefault("urlProperty", "quarkus.rest-client." + configKey + ".url");
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        SERVERS.put(configKey, server);
        return Map.of(urlProperty, server.baseUrl());
    }

    @Override
    public void stop() {
        SERVERS.remove(configKey, server);
        server.stop();
    }

    /** The stub standing in for the service with this REST client config key. */
    public static WireMockServer server(String configKey) {
        WireMockServer server = SERVERS.get(configKey);
        if (server == null) {
            throw new IllegalStateException("No stub is running for " + configKey);
        }
        return server;
    }
}
