package io.audiences.adapters.rest.route;

/** What a delete answers: {@code {"deleted": true}}. */
public record DeletedResponse(boolean deleted) {

    public static final DeletedResponse DELETED = new DeletedResponse(true);
}
