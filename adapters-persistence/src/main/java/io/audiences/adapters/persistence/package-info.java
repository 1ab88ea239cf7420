/**
 * The storage ports on JDBI3 and Flyway, for H2 (embedded, the default) and PostgreSQL.
 *
 * <p>The public face is {@link io.audiences.adapters.persistence.AudiencesDatabase}: give it a
 * {@link javax.sql.DataSource}, get the application's repositories. DAOs and rows stay package-private.
 */
package io.audiences.adapters.persistence;
