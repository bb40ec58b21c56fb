package io.thesiswatch.company.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;

final class Pages {

    private Pages() {
    }

    static <T> PageResult<T> of(PanacheQuery<T> query, PageParams paging) {
        query.page(Page.of(paging.page(), paging.size()));
        return new PageResult<>(query.list(), paging.page(), paging.size(), query.count());
    }
}
