package io.thesiswatch.alert.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.thesiswatch.contract.Severity;

@Entity
@Table(name = "subscriber")
public class Subscriber {

    @Id
    public UUID id;

    /** Null once erased. */
    @Column(length = 254)
    public String email;

    @Column(length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public DeliveryMode delivery;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_severity", nullable = false, length = 10)
    public Severity minSeverity;

    @Column(name = "notify_resolved", nullable = false)
    public boolean notifyResolved;

    @Column(nullable = false, length = 5)
    public EmailLocale locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public SubscriberStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    public Instant unsubscribedAt;

    /** An IANA zone; null: the one their locale suggests ({@link #zone()}). */
    @Column(name = "time_zone", length = 64)
    public String timeZone;

    /** Local start of their quiet hours; null (with {@link #quietEnd}) when they have none. */
    @Column(name = "quiet_start")
    public LocalTime quietStart;

    @Column(name = "quiet_end")
    public LocalTime quietEnd;

    @Column(name = "critical_in_quiet_hours", nullable = false)
    public boolean criticalInQuietHours;

    /** The local hour (0-23) after which their digest goes out. */
    @Column(name = "digest_hour", nullable = false)
    public int digestHour = DEFAULT_DIGEST_HOUR;

    /** At most this many immediate alert emails a local day; null: no cap. */
    @Column(name = "daily_cap")
    public Integer dailyCap;

    /** The local date of the latest digest sent to them. */
    @Column(name = "last_digest_on")
    public LocalDate lastDigestOn;

    public static final int DEFAULT_DIGEST_HOUR = 7;

    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");
    private static final ZoneId UTC = ZoneId.of("UTC");

    /** Their time zone: as they set it, else Taiwan for a Traditional Chinese reader and UTC for the others. */
    public ZoneId zone() {
        if (timeZone != null) {
            return ZoneId.of(timeZone);
        }
        return locale == EmailLocale.ZH_TW ? TAIWAN : UTC;
    }

    /** Their quiet hours, when they chose some. */
    public Optional<QuietHours> quietHours() {
        return quietStart == null || quietEnd == null ? Optional.empty()
                : Optional.of(new QuietHours(quietStart, quietEnd));
    }

    /** Whether an event of this kind and severity reaches a subscriber who chose these settings. */
    public static boolean wants(EventKind kind, Severity severity, Severity minSeverity, boolean notifyResolved) {
        return severity.compareTo(minSeverity) >= 0 && (kind == EventKind.FIRED || notifyResolved);
    }
}
