package io.thesiswatch.thesis.rest;

/**
 * The names of the document's parts for reads marked {@code @ConditionalRead} (defined once, in package-info, and
 * referenced by each): the {@code If-None-Match} parameter, the {@code ETag} and {@code Cache-Control} headers of
 * a 200, and the 304.
 */
final class ConditionalReads {

    static final String IF_NONE_MATCH = "If-None-Match";
    static final String ETAG = "ETag";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String NOT_MODIFIED = "NotModified";
    static final String ETAG_EXAMPLE = "\"3q2-7wEJRsqHNe0ai4sXlA\"";

    private ConditionalReads() {
    }
}
