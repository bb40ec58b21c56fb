package io.thesiswatch.company.sec;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.thesiswatch.common.problem.InvalidInputException;

/**
 * Streams a companyfacts file, keeping only the USD facts of the wanted us-gaap concepts: a file of many
 * megabytes is never held in memory, whole or as a tree.
 */
public final class CompanyFactsReader {

    private static final JsonFactory JSON = new JsonFactory();

    /** What was read: the entity, and the wanted facts by concept. */
    public record CompanyFacts(String cik, String entityName, Map<String, List<Fact>> facts, int factsRead) {
    }

    private CompanyFactsReader() {
    }

    public static CompanyFacts read(InputStream in, Set<String> wantedConcepts) {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notCompanyFacts("the body is not a JSON object");
            }
            String cik = null;
            String entityName = null;
            Map<String, List<Fact>> facts = null;
            int[] count = {0};
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "cik" -> cik = p.getValueAsString();
                    case "entityName" -> entityName = p.getValueAsString();
                    case "facts" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw notCompanyFacts("'facts' is not an object");
                        }
                        facts = readTaxonomies(p, wantedConcepts, count);
                    }
                    default -> p.skipChildren();
                }
            }
            if (facts == null || cik == null) {
                throw notCompanyFacts("it has no 'cik' or no 'facts'");
            }
            return new CompanyFacts(cik, entityName, facts, count[0]);
        } catch (JsonParseException e) {
            throw InvalidInputException.of("body", "is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw InvalidInputException.of("body", "could not be read: " + e.getMessage());
        }
    }

    private static Map<String, List<Fact>> readTaxonomies(JsonParser p, Set<String> wanted, int[] count)
            throws IOException {
        Map<String, List<Fact>> facts = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String taxonomy = p.currentName();
            p.nextToken();
            if (!"us-gaap".equals(taxonomy)) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String concept = p.currentName();
                p.nextToken();
                if (wanted.contains(concept)) {
                    facts.put(concept, readConcept(p, concept, count));
                } else {
                    p.skipChildren();
                }
            }
        }
        return facts;
    }

    private static List<Fact> readConcept(JsonParser p, String concept, int[] count) throws IOException {
        List<Fact> facts = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (!"units".equals(field)) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String unit = p.currentName();
                p.nextToken();
                if (!"USD".equals(unit)) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Fact fact = readFact(p, concept);
                    count[0]++;
                    if (fact != null) {
                        facts.add(fact);
                    }
                }
            }
        }
        return facts;
    }

    private static Fact readFact(JsonParser p, String concept) throws IOException {
        Map<String, String> f = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            f.put(name, p.getValueAsString());
        }
        try {
            if (f.get("end") == null || f.get("val") == null || f.get("filed") == null || f.get("accn") == null) {
                return null;
            }
            return new Fact(concept, f.get("start") == null ? null : LocalDate.parse(f.get("start")),
                    LocalDate.parse(f.get("end")), new BigDecimal(f.get("val")), f.get("accn"), f.get("fp"),
                    f.get("form"), LocalDate.parse(f.get("filed")));
        } catch (DateTimeParseException | NumberFormatException e) {
            return null; // an unreadable fact is left out, as the SEC's own tools do
        }
    }

    private static InvalidInputException notCompanyFacts(String why) {
        return InvalidInputException.of("body", "is not an SEC companyfacts file: " + why);
    }
}
