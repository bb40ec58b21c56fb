package io.thesiswatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) for the mailer of the service under test. Tests read what arrived with
 * {@link #greenMail()}, and can take the server down and bring it back on the same port.
 */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;
    private static int port;

    @Override
    public Map<String, String> start() {
        port = freePort();
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

    public static synchronized GreenMail greenMail() {
        return greenMail;
    }

    /** SMTP goes away: connections are refused until {@link #startServer()}. */
    public static synchronized void stopServer() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** SMTP comes (back) on the same port, with an empty mailbox. */
    public static synchronized void startServer() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
