package io.thesiswatch.common.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Names each page envelope after its item ({@code PageResultCompanyResponse} becomes {@code CompanyPage}), so a
 * generated client has one readable type per list instead of {@code Page1}, {@code Page2}...
 */
final class PageSchemaNames {

    private static final String GENERIC = "PageResult";
    private static final Pattern GENERATED = Pattern.compile("PageResult(.+?)(Response)?");

    private PageSchemaNames() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> schemas = SchemaWalk.components(openAPI);
        Map<String, String> renames = new LinkedHashMap<>();
        for (String name : schemas.keySet()) {
            Matcher generated = GENERATED.matcher(name);
            if (generated.matches()) {
                renames.put(name, generated.group(1) + "Page");
            }
        }
        if (renames.isEmpty()) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> renamed.put(renames.getOrDefault(name, name), schema));
        renamed.remove(GENERIC); // the unparameterized envelope, which no operation answers with
        openAPI.getComponents().setSchemas(renamed);
        SchemaWalk.everySchema(openAPI, schema -> {
            String target = SchemaWalk.componentName(schema.getRef());
            if (target != null && renames.containsKey(target)) {
                schema.setRef("#/components/schemas/" + renames.get(target));
            }
        });
    }
}
