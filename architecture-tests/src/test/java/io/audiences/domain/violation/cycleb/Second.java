package io.audiences.domain.violation.cycleb;

import io.audiences.domain.violation.cyclea.First;

/** Deliberately forms a package cycle with {@link First}. */
public class Second {
    public First first;
}
