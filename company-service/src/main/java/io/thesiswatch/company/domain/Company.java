package io.thesiswatch.company.domain;

import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

@Entity
@DiscriminatorValue("COMPANY")
public class Company extends Subject {

    @Column(length = 20)
    public String exchange;

    @Column(length = 2)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Layer layer;

    /** Nominal fiscal year end, {@code MM-DD} (see {@link FiscalYearEnd}). */
    @Column(name = "fiscal_year_end", nullable = false, length = 5)
    public String fiscalYearEnd = FiscalYearEnd.CALENDAR.toString();

    @ElementCollection
    @CollectionTable(name = "subject_tag", joinColumns = @JoinColumn(name = "subject_id"))
    @Column(name = "tag", length = 40)
    @OrderBy
    public Set<String> tags = new TreeSet<>();
}
