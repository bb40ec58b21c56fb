package io.thesiswatch.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server on 127.0.0.1 that misbehaves: it accepts connections and says nothing at all (a server that
 * hangs), talks SMTP and refuses every MAIL FROM, temporarily (451) or for good (550), or drops the connection in
 * the middle of a message; or, for contrast, takes every message.
 */
final class FaultySmtpServer implements AutoCloseable {

    /** How the server fails. */
    enum Behaviour {
        /** Accepts the connection and never answers, not even the greeting. */
        SILENT(null),
        /** Greets, then answers MAIL FROM with a temporary failure. */
        TEMPORARY_FAILURE("451 4.3.0 Mailbox temporarily unavailable, try again later"),
        /** Greets, then answers MAIL FROM with a permanent failure. */
        PERMANENT_FAILURE("550 5.7.1 Sender refused by policy"),
        /** Takes the envelope, then drops the connection (a reset) while the message is being sent. */
        DROPS_DURING_DATA("250 2.1.0 OK"),
        /** Takes every message. */
        ACCEPTS("250 2.1.0 OK");

        private final String mailFromReply;

        Behaviour(String mailFromReply) {
            this.mailFromReply = mailFromReply;
        }
    }

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile Behaviour behaviour;

    private FaultySmtpServer(ServerSocket server, Behaviour behaviour) {
        this.server = server;
        this.behaviour = behaviour;
    }

    static FaultySmtpServer start(Behaviour behaviour) throws IOException {
        FaultySmtpServer smtp = new FaultySmtpServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                behaviour);
        Thread acceptor = new Thread(smtp::accept, "faulty-smtp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return smtp;
    }

    int port() {
        return server.getLocalPort();
    }

    /**
     * Fails in another way from now on. The connections open now are closed: a client's pool must not keep a
     * silent connection (or a talking one) from before.
     */
    void behave(Behaviour next) {
        behaviour = next;
        open.forEach(FaultySmtpServer::closeQuietly);
        open.clear();
    }

    /** Messages taken whole so far. */
    int accepted() {
        return accepted.get();
    }

    /** Connections accepted so far. */
    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                connections.incrementAndGet();
                Behaviour now = behaviour;
                Thread session = new Thread(() -> serve(client, now), "faulty-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("[faulty smtp] " + e);
                }
            }
        }
    }

    private void serve(Socket client, Behaviour how) {
        try (client;
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.US_ASCII));
                OutputStream out = client.getOutputStream()) {
            if (how == Behaviour.SILENT) {
                while (in.read() >= 0) {
                    // swallow whatever comes, answer nothing
                }
                return;
            }
            reply(out, "220 faulty.example ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 faulty.example");
                } else if (command.startsWith("MAIL FROM")) {
                    reply(out, how.mailFromReply);
                } else if (command.startsWith("RCPT TO") && how.mailFromReply.startsWith("250")) {
                    reply(out, "250 2.1.5 OK");
                } else if (command.equals("DATA") && how.mailFromReply.startsWith("250")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    if (how == Behaviour.DROPS_DURING_DATA) {
                        in.readLine();
                        client.setSoLinger(true, 0);
                        return;
                    }
                    while (!".".equals(in.readLine())) {
                        // the message, up to its end
                    }
                    accepted.incrementAndGet();
                    reply(out, "250 2.0.0 Queued");
                } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                    reply(out, "250 2.0.0 OK");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "503 5.5.1 Bad sequence of commands");
                }
            }
        } catch (IOException closed) {
            // the client or a change of behaviour closed it
        } finally {
            open.remove(client);
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        behave(behaviour);
    }
}
