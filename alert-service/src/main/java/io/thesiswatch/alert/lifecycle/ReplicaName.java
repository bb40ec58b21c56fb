package io.thesiswatch.alert.lifecycle;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * This replica's name, as check items record who took them: the host (the pod's name on Kubernetes) and the
 * process id, so that replicas on one machine differ too.
 */
@ApplicationScoped
public class ReplicaName {

    private static final int MAX_LENGTH = 120;

    private final String name;

    public ReplicaName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "unknown-host";
            }
        }
        String full = host + "/" + ProcessHandle.current().pid();
        this.name = full.length() <= MAX_LENGTH ? full : full.substring(full.length() - MAX_LENGTH);
    }

    public String get() {
        return name;
    }
}
