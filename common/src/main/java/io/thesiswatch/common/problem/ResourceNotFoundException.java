package io.thesiswatch.common.problem;

import java.util.List;

/** 404: the resource the path names does not exist. */
public class ResourceNotFoundException extends ApiException {

    public ResourceNotFoundException(String detail) {
        super(404, "not-found", "Not found", detail, List.of());
    }

    public static ResourceNotFoundException of(String kind, Object id) {
        return new ResourceNotFoundException(kind + " '" + id + "' does not exist");
    }
}
