package io.thesiswatch.alert.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Scheduler;
import io.thesiswatch.alert.api.DigestRunResponse;
import io.thesiswatch.alert.lifecycle.RunningJobs;
import io.thesiswatch.alert.metrics.OperationsMetrics;
import io.thesiswatch.alert.service.check.CheckService;
import io.thesiswatch.alert.service.outbox.EmailDeliveryWorker;
import io.thesiswatch.alert.service.outbox.ThesisNotifier;
import io.thesiswatch.alert.service.outbox.WebhookDeliveryWorker;
import io.thesiswatch.common.schedule.TickClaims;

/**
 * What runs on its own: the check (on its cron), every replica's share of a running check, the sweep of overdue
 * check runs, the outboxes (every few
 * seconds, webhooks apart), the hourly digest sweep. They stop
 * when the service stops, before the database goes away under them.
 */
@ApplicationScoped
public class ScheduledJobs {

    /** Within the deployments' termination grace period (40 s), with room for the HTTP requests in flight. */
    private static final Duration MAX_WAIT_AT_SHUTDOWN = Duration.ofSeconds(20);

    private final CheckService checks;
    private final EmailDeliveryWorker emails;
    private final ThesisNotifier theses;
    private final WebhookDeliveryWorker webhooks;
    private final Scheduler scheduler;
    private final RunningJobs running;
    private final OperationsMetrics metrics;
    private final TickClaims ticks;

    public ScheduledJobs(CheckService checks, EmailDeliveryWorker emails, ThesisNotifier theses,
            WebhookDeliveryWorker webhooks, Scheduler scheduler, RunningJobs running, OperationsMetrics metrics,
            TickClaims ticks) {
        this.metrics = metrics;
        this.ticks = ticks;
        this.checks = checks;
        this.emails = emails;
        this.theses = theses;
        this.webhooks = webhooks;
        this.scheduler = scheduler;
        this.running = running;
    }

    @Scheduled(identity = "trigger-check", cron = "{alert.check.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check(ScheduledExecution execution) {
        running.run("trigger-check", () -> checks.runScheduled(execution.getScheduledFireTime()));
    }

    /** Every replica takes a share of a running check: it looks for work items nobody holds. */
    @Scheduled(identity = "check-items", every = "{alert.check.poll-interval}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void workOnRunningChecks() {
        running.run("check-items", checks::workOnRunningChecks);
    }

    /** Any replica notices a run that another one left unfinished past its deadline. */
    @Scheduled(identity = "overdue-checks", every = "{alert.check.sweep-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void failOverdueChecks() {
        running.run("overdue-checks", checks::failOverdueRuns);
    }

    @Scheduled(identity = "outbox", every = "{alert.delivery.interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliver() {
        running.run("outbox", () -> {
            emails.drain();
            if (!running.stopping()) {
                theses.drain();
            }
        });
    }

    /** The figures of /q/metrics that come from the database. */
    @Scheduled(identity = "metrics", every = "{alert.metrics.refresh}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshMetrics() {
        running.run("metrics", metrics::refresh);
    }

    /** Webhooks have their own job: a receiver that is slow or down never delays an email. */
    @Scheduled(identity = "webhook-outbox", every = "{alert.delivery.interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverWebhooks() {
        running.run("webhook-outbox", webhooks::drain);
    }

    /**
     * Every hour: each subscriber's digest goes at the first sweep after their local digest hour. One replica sweeps
     * each tick.
     */
    @Scheduled(identity = "digest-sweep", cron = "{alert.digest.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void digest(ScheduledExecution execution) {
        running.run("digest-sweep", () -> sweepDigestsOnce(execution.getScheduledFireTime()));
    }

    /** The digest sweep of a tick, on the one replica that claims it: what it sent; empty on the others. */
    public Optional<DigestRunResponse> sweepDigestsOnce(Instant tick) {
        return ticks.claim("digest-sweep", tick) ? Optional.of(emails.sweepDigests()) : Optional.empty();
    }

    /**
     * The datasource and Hibernate close after the shutdown event's observers: the jobs stop first, and the
     * running ones end their current batch (the scheduler's own stop comes later, with the beans).
     */
    void stopBeforeTheDatabase(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        scheduler.pause();
        running.stopAndAwait(MAX_WAIT_AT_SHUTDOWN);
    }
}
