package io.audiences.domain.violation.cyclea;

import io.audiences.domain.violation.cycleb.Second;

/** Deliberately forms a package cycle with {@link Second}. */
public class First {
    public Second second;
}
