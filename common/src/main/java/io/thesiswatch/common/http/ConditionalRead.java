package io.thesiswatch.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a read whose answer carries an {@code ETag} and answers {@code 304 Not Modified} to a matching
 * {@code If-None-Match}, so that a phone re-reading an unchanged series or thesis gets no body back. Put
 * {@code @Extension(name = ConditionalRead.DOCUMENTED, value = "true")} beside it: the document filter then
 * documents the header parameter, the answer headers and the 304 (one description for every such read).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ConditionalRead {

    /** The operation extension that asks the document filter to document a conditional read. */
    String DOCUMENTED = "x-conditional-read";
}
