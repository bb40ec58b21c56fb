package io.thesiswatch.common.paging;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of an offset list: the items, the 0-based page number, the page size and the total number of items.
 * Its document schema is named after the item ({@code CompanyPage}) by {@code ApiDocumentFilter}.
 */
@Schema(description = "One page of a sorted list")
public record PageResult<T>(
        @Schema(required = true, description = "The items on this page") List<T> items,
        @Schema(required = true, description = "0-based page number", example = "0") int page,
        @Schema(required = true, description = "Page size asked for", example = "20") int size,
        @Schema(required = true, description = "Total number of items across all pages", example = "42") long total) {

    /** The page that {@code paging} asks for of a sorted query, with the query's total. */
    public static <T> PageResult<T> of(PanacheQuery<T> query, PageParams paging) {
        query.page(Page.of(paging.page(), paging.size()));
        return new PageResult<>(query.list(), paging.page(), paging.size(), query.count());
    }

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
