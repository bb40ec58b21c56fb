package io.thesiswatch.thesis.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "thesis")
public class Thesis {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 10000)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Stance stance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Layer layer;

    /** Company codes, kept as an array column so that a trigger page reads them without another query. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(20)[]")
    public List<String> companies = new ArrayList<>();

    @Column(nullable = false)
    public short conviction;

    public LocalDate horizon;

    @Column(nullable = false, length = 100)
    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public ThesisStatus status;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
