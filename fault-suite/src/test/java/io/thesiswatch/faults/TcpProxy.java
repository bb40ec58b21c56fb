package io.thesiswatch.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 in front of one port, that a test turns faulty while traffic flows: it passes bytes
 * through, or holds the answers back for a while (a slow service), or swallows everything and never answers (a
 * black hole: the connection stays open, nothing comes back). The fault applies to every chunk from the moment it
 * is set, on open connections too (HTTP clients keep theirs alive).
 */
final class TcpProxy implements AutoCloseable {

    private static final int CHUNK = 16 * 1024;
    private static final Set<String> HTTP_METHODS = Set.of("GET ", "POST", "PUT ", "PATC", "DELE", "HEAD");

    private final ServerSocket server;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Duration answerDelay = Duration.ZERO;
    private volatile boolean blackHole;

    private TcpProxy(ServerSocket server, int targetPort) {
        this.server = server;
        this.targetPort = targetPort;
    }

    /** A proxy to this port of 127.0.0.1, passing everything through until told otherwise. */
    static TcpProxy to(int targetPort) throws IOException {
        TcpProxy proxy = new TcpProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetPort);
        Thread acceptor = new Thread(proxy::accept, "proxy-" + targetPort + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    int port() {
        return server.getLocalPort();
    }

    /** The proxy's address, for a service's configuration. */
    String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Passes everything through at once. */
    void pass() {
        blackHole = false;
        answerDelay = Duration.ZERO;
    }

    /** Holds every chunk of every answer back for this long: the service answers, slowly. */
    void delayAnswers(Duration delay) {
        blackHole = false;
        answerDelay = delay;
    }

    /** Swallows requests and answers alike: connections open and stay open, and nothing ever comes back. */
    void blackHole() {
        blackHole = true;
    }

    /** How many HTTP requests have started through the proxy (chunks from a client that begin with a method). */
    int requests() {
        return requests.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(target);
                pump(client, target, true);
                pump(target, client, false);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("[proxy " + targetPort + "] " + e);
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean request) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[CHUNK];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    long arrived = System.nanoTime();
                    if (request && startsWithMethod(buffer, read)) {
                        requests.incrementAndGet();
                    }
                    if (blackHole) {
                        continue;
                    }
                    if (!request) {
                        holdBack(arrived);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException closed) {
                // one side went away: so does the other
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "proxy-" + targetPort + (request ? "-request" : "-answer"));
        thread.setDaemon(true);
        thread.start();
    }

    /** The delay of a slow service, measured from when the chunk arrived (fault injection, not a wait). */
    private void holdBack(long arrivedNanos) {
        long left = arrivedNanos + answerDelay.toNanos() - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean startsWithMethod(byte[] buffer, int length) {
        return length >= 4 && HTTP_METHODS.contains(new String(buffer, 0, 4, StandardCharsets.US_ASCII));
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
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
        open.forEach(this::closeQuietly);
    }
}
