package io.thesiswatch.devinfra;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) on 127.0.0.1 that keeps every email it receives, to be read back. */
public final class SmtpCatcher implements AutoCloseable {

    private final GreenMail greenMail;
    private final List<Consumer<ReceivedEmail>> listeners = new CopyOnWriteArrayList<>();
    private MovingMessage lastAnnounced;

    private SmtpCatcher(GreenMail greenMail) {
        this.greenMail = greenMail;
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler delivery = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            announce(message);
            return delivery.handle(message, recipient);
        });
    }

    /** Starts listening on this port, or on a free one when it is 0. */
    public static SmtpCatcher start(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
        return new SmtpCatcher(greenMail);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /**
     * Calls this listener with every email received from now on, once per email whatever its number of
     * recipients, on the SMTP server's thread before the sender is told it was accepted.
     */
    public void onEveryEmail(Consumer<ReceivedEmail> listener) {
        listeners.add(listener);
    }

    /** Every email received so far, one per recipient, oldest first within each recipient's mailbox. */
    public List<ReceivedEmail> emails() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(ReceivedEmail::new).toList();
    }

    /** The emails with this address among their recipients. */
    public List<ReceivedEmail> emailsTo(String address) {
        return emails().stream().filter(email -> email.isTo(address)).toList();
    }

    /** The emails to this address whose subject contains this text. */
    public List<ReceivedEmail> emailsTo(String address, String subjectContains) {
        return emailsTo(address).stream().filter(email -> email.subject().contains(subjectContains)).toList();
    }

    /** GreenMail delivers an email to its recipients one after the other: the first delivery announces it. */
    private synchronized void announce(MovingMessage message) {
        if (message == lastAnnounced) {
            return;
        }
        lastAnnounced = message;
        ReceivedEmail email = new ReceivedEmail(message.getMessage());
        listeners.forEach(listener -> listener.accept(email));
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
