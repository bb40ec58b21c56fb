package io.thesiswatch.alert.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.thesiswatch.alert.service.check.CheckService;
import io.thesiswatch.alert.service.outbox.EmailDeliveryWorker;
import io.thesiswatch.alert.service.outbox.ThesisNotifier;

/** What runs on its own: the check (on its cron), the outboxes (every few seconds), the daily digest. */
@ApplicationScoped
public class ScheduledJobs {

    private final CheckService checks;
    private final EmailDeliveryWorker emails;
    private final ThesisNotifier theses;

    public ScheduledJobs(CheckService checks, EmailDeliveryWorker emails, ThesisNotifier theses) {
        this.checks = checks;
        this.emails = emails;
        this.theses = theses;
    }

    @Scheduled(identity = "trigger-check", cron = "{alert.check.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check(ScheduledExecution execution) {
        checks.runScheduled(execution.getScheduledFireTime());
    }

    @Scheduled(identity = "outbox", every = "{alert.delivery.interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliver() {
        emails.drain();
        theses.drain();
    }

    @Scheduled(identity = "daily-digest", cron = "{alert.digest.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void digest() {
        emails.sendDigests();
    }
}
