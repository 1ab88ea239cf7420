package io.audiences.adapters.rest.resource;

/** What a delete answers: {@code {"deleted": true}}. */
record DeletedResponse(boolean deleted) {

    static final DeletedResponse DELETED = new DeletedResponse(true);
}
