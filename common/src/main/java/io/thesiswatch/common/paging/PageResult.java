package io.thesiswatch.common.paging;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, the 0-based page number, the page size and the total number of items. */
@Schema(name = "Page", description = "One page of a sorted list")
public record PageResult<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "0-based page number", example = "0") int page,
        @Schema(description = "Page size asked for", example = "20") int size,
        @Schema(description = "Total number of items across all pages", example = "42") long total) {

    /** The page that {@code paging} asks for of a sorted query, with the query's total. */
    public static <T> PageResult<T> of(PanacheQuery<T> query, PageParams paging) {
        query.page(Page.of(paging.page(), paging.size()));
        return new PageResult<>(query.list(), paging.page(), paging.size(), query.count());
    }

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
