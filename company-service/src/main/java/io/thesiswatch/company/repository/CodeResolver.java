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

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.company.domain.Unit;

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
            Map<Long, String> groups = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, code, kind FROM subject WHERE code = ANY (?)")) {
                s.setArray(1, Jdbc.texts(c, codes));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        String code = rs.getString(2);
                        if ("GROUP".equals(rs.getString(3))) {
                            groups.put(id, code);
                            members.put(id, new ArrayList<>());
                        } else {
                            found.put(code, new SubjectRef(id, code, false, List.of()));
                        }
                    }
                }
            }
            if (!groups.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT group_id, member_id FROM group_member WHERE group_id = ANY (?)
                        ORDER BY group_id, member_id
                        """)) {
                    s.setArray(1, Jdbc.bigints(c, groups.keySet()));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            members.get(rs.getLong(1)).add(rs.getLong(2));
                        }
                    }
                }
                groups.forEach((id, code) ->
                        found.put(code, new SubjectRef(id, code, true, List.copyOf(members.get(id)))));
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
                        "SELECT id, code, unit, additive FROM metric WHERE code = ANY (?)")) {
            s.setArray(1, Jdbc.texts(c, codes));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(2), new MetricRef(rs.getLong(1), rs.getString(2),
                            Unit.valueOf(rs.getString(3)), rs.getBoolean(4)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read metrics", e);
        }
    }
}
