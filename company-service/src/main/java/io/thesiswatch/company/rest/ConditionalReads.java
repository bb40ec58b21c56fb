package io.thesiswatch.company.rest;

/** The words of the documented conditional-read answers, shared by every {@code @ConditionalRead} operation. */
final class ConditionalReads {

    static final String IF_NONE_MATCH = "If-None-Match";
    static final String IF_NONE_MATCH_DESCRIPTION = "The ETag of an answer read before: 304 with no body if the "
            + "answer would be the same";
    static final String ETAG_DESCRIPTION = "Tag of this answer's content; send it as If-None-Match to read again";
    static final String CACHE_CONTROL_DESCRIPTION = "private, no-cache: keep the answer, but ask again each time";
    static final String NOT_MODIFIED = "Not modified since the read whose ETag was sent: keep using that answer (no body)";

    private ConditionalReads() {
    }
}
