package io.thesiswatch.testsupport;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.thesiswatch.devinfra.ReceivedEmail;
import io.thesiswatch.devinfra.SmtpCatcher;

/**
 * A real SMTP server for the mailer of the service under test. Tests read what arrived with
 * {@link #emailsTo(String)}, and can take the server down and bring it back on the same port.
 */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    private static SmtpCatcher catcher;
    /** 0 until the first start picks a free port; the same port after that, so that the mailer finds it. */
    private static int port;

    @Override
    public Map<String, String> start() {
        startServer();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    @Override
    public void stop() {
        stopServer();
    }

    /** The emails received so far with this address among their recipients, oldest first. */
    public static synchronized List<ReceivedEmail> emailsTo(String address) {
        return catcher.emailsTo(address);
    }

    /** The emails received so far to this address whose subject contains this text, oldest first. */
    public static synchronized List<ReceivedEmail> emailsTo(String address, String subjectContains) {
        return catcher.emailsTo(address, subjectContains);
    }

    /** SMTP goes away: connections are refused until {@link #startServer()}. */
    public static synchronized void stopServer() {
        if (catcher != null) {
            catcher.close();
            catcher = null;
        }
    }

    /** SMTP comes (back) on the same port, with an empty mailbox. */
    public static synchronized void startServer() {
        if (catcher == null) {
            catcher = SmtpCatcher.start(port);
            port = catcher.port();
        }
    }
}
