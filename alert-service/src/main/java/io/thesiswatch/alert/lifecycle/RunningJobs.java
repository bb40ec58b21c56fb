package io.thesiswatch.alert.lifecycle;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * The scheduled jobs running now, and whether the service is stopping. Once it stops, no job starts, loops end
 * after their current batch, and shutdown waits for the running jobs before the datasource closes under them.
 */
@ApplicationScoped
public class RunningJobs {

    private static final Logger LOG = Logger.getLogger(RunningJobs.class);

    private int running;
    private boolean stopping;

    /** True once the service has begun to stop: work in progress ends after its current step. */
    public synchronized boolean stopping() {
        return stopping;
    }

    /**
     * Runs a job unless the service is stopping. A job that fails because the service stopped under it gives up
     * with one line in the log instead of a stack trace.
     */
    public void run(String job, Runnable work) {
        if (!enter()) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            if (!stopping()) {
                throw e;
            }
            LOG.infof("Job %s gave up: the service is stopping (%s)", job, e.getMessage());
        } finally {
            leave();
        }
    }

    /** Starts no more jobs and waits up to {@code wait} for the running ones; answers whether they all ended. */
    public synchronized boolean stopAndAwait(Duration wait) {
        if (stopping) {
            return running == 0;
        }
        stopping = true;
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (running > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.infof("Stopping while %d scheduled job(s) still run; they give up at their next step",
                            running);
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        LOG.info("Scheduled jobs stopped");
        return true;
    }

    private synchronized boolean enter() {
        if (stopping) {
            return false;
        }
        running++;
        return true;
    }

    private synchronized void leave() {
        running--;
        if (running == 0) {
            notifyAll();
        }
    }
}
