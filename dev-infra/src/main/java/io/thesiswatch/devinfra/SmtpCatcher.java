package io.thesiswatch.devinfra;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) on 127.0.0.1 that keeps every email it receives, to be read back. */
public final class SmtpCatcher implements AutoCloseable {

    private final GreenMail greenMail;

    private SmtpCatcher(GreenMail greenMail) {
        this.greenMail = greenMail;
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

    /** Every email received so far, oldest first. */
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

    @Override
    public void close() {
        greenMail.stop();
    }
}
