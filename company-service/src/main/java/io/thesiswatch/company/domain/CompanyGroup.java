package io.thesiswatch.company.domain;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;

/** A named set of companies (BIG6, CN-LLM) whose additive metrics can be summed. */
@Entity
@DiscriminatorValue("GROUP")
public class CompanyGroup extends Subject {

    @ManyToMany
    @JoinTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("code")
    public Set<Company> members = new LinkedHashSet<>();
}
