package io.audiences.adapters.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;

/**
 * The {@code pagination} block. List cursors are signed so that clients cannot forge or alter them;
 * instances that serve one API must share {@code cursorSecret}. Without one, each process signs with
 * a random secret of its own (cursors then survive neither a restart nor a hop to another instance).
 */
public final class PaginationSettings {

    @JsonProperty
    @Size(min = 32, message = "must be at least 32 characters")
    private String cursorSecret;

    /** The secret cursors are signed with, or {@code null} for a random one per process. */
    public String cursorSecret() {
        return cursorSecret;
    }
}
