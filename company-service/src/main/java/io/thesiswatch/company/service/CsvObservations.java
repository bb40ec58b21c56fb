package io.thesiswatch.company.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.TextNode;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.company.api.ObservationRow;

/**
 * Reads observation rows from RFC 4180 CSV with the header {@code subject,metric,period,value,source}
 * (source may be left out). Quoted fields may hold commas, quotes ({@code ""}) and line breaks.
 */
public final class CsvObservations {

    static final List<String> HEADER = List.of("subject", "metric", "period", "value", "source");

    /** Rows as parsed, with the file line each began on (1-based, the header being line 1). */
    public record Parsed(List<ObservationRow> rows, List<Integer> lines) {
    }

    private CsvObservations() {
    }

    public static Parsed parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> startLines = new ArrayList<>();
        readRecords(text == null ? "" : text, records, startLines);
        if (records.isEmpty()) {
            throw InvalidInputException.of("body", "the CSV is empty; expected the header " + String.join(",", HEADER));
        }
        List<String> header = records.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        boolean withSource = header.equals(HEADER);
        if (!withSource && !header.equals(HEADER.subList(0, 4))) {
            throw new InvalidInputException("The CSV header must be " + String.join(",", HEADER),
                    List.of(new Violation(null, 1, "header", "must be " + String.join(",", HEADER))));
        }
        List<ObservationRow> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue; // blank line
            }
            int row = rows.size() + 1;
            if (fields.size() != header.size()) {
                violations.add(new Violation(row, startLines.get(i), "row",
                        "has " + fields.size() + " fields; expected " + header.size()));
            }
            rows.add(new ObservationRow(field(fields, 0), field(fields, 1), field(fields, 2),
                    fields.size() > 3 ? TextNode.valueOf(fields.get(3).trim()) : null,
                    withSource ? field(fields, 4) : null));
            lines.add(startLines.get(i));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.size() + " CSV line(s) are malformed; nothing was stored",
                    violations);
        }
        return new Parsed(rows, lines);
    }

    private static String field(List<String> fields, int index) {
        if (index >= fields.size()) {
            return null;
        }
        String value = fields.get(index).trim();
        return value.isEmpty() ? null : value;
    }

    private static void readRecords(String text, List<List<String>> records, List<Integer> startLines) {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        if (text.startsWith("\uFEFF")) {
            i = 1; // byte-order mark written by spreadsheet programs
        }
        for (; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                startLines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            startLines.add(recordLine);
        }
    }
}
