package io.audiences.domain.violation;

import org.jdbi.v3.core.Jdbi;

/** Deliberately breaks "the domain depends on java.. only". Test sources only; never imported by the real check. */
public class DomainClassUsingJdbi {
    public Jdbi jdbi;
}
