package io.thesiswatch.company.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.company.domain.FiscalYearEnd;
import io.thesiswatch.company.domain.Temporal;
import io.thesiswatch.contract.Unit;

/**
 * Resolves many subject and metric codes to their catalog entries at once, in a fixed number of queries
 * whatever their count: what batch writes and batch series reads need.
 */
@ApplicationScoped
public class CodeResolver {

    private final DataSource dataSource;

    public CodeResolver(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The ids of the subjects among these codes that exist, by code (one query). */
    public Map<String, Long> subjectIds(Collection<String> codes) {
        Map<String, Long> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, code FROM subject WHERE code = ANY (?)")) {
            s.setArray(1, Jdbc.texts(c, codes));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(2), rs.getLong(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read subjects", e);
        }
    }

    /** The subjects among these codes that exist, by code, with their group members (two queries). */
    public Map<String, SubjectRef> subjects(Collection<String> codes) {
        Map<String, SubjectRef> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection()) {
            Map<Long, List<Long>> members = new HashMap<>();
            Map<Long, SubjectRef.Member> memberDetails = new HashMap<>();
            Map<Long, String> groups = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, code, kind, fiscal_year_end FROM subject WHERE code = ANY (?)")) {
                s.setArray(1, Jdbc.texts(c, codes));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        String code = rs.getString(2);
                        if ("GROUP".equals(rs.getString(3))) {
                            groups.put(id, code);
                            members.put(id, new ArrayList<>());
                        } else {
                            found.put(code, new SubjectRef(id, code, false,
                                    FiscalYearEnd.parse(rs.getString(4)), List.of(), Map.of()));
                        }
                    }
                }
            }
            if (!groups.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT m.group_id, m.member_id, s.code, s.fiscal_year_end
                        FROM group_member m JOIN subject s ON s.id = m.member_id
                        WHERE m.group_id = ANY (?)
                        ORDER BY m.group_id, m.member_id
                        """)) {
                    s.setArray(1, Jdbc.bigints(c, groups.keySet()));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            members.get(rs.getLong(1)).add(rs.getLong(2));
                            memberDetails.put(rs.getLong(2),
                                    new SubjectRef.Member(rs.getString(3), FiscalYearEnd.parse(rs.getString(4))));
                        }
                    }
                }
                groups.forEach((id, code) ->
                        found.put(code, new SubjectRef(id, code, true, FiscalYearEnd.CALENDAR,
                                List.copyOf(members.get(id)), members.get(id).stream()
                                        .collect(Collectors.toMap(m -> m, memberDetails::get)))));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read subjects", e);
        }
    }

    /** The metrics among these codes that exist, by code (one query). */
    public Map<String, MetricRef> metrics(Collection<String> codes) {
        Map<String, MetricRef> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT id, code, name, unit, additive, temporal FROM metric WHERE code = ANY (?)")) {
            s.setArray(1, Jdbc.texts(c, codes));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(2), new MetricRef(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Unit.valueOf(rs.getString(4)), rs.getBoolean(5), Temporal.valueOf(rs.getString(6))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read metrics", e);
        }
    }
}
