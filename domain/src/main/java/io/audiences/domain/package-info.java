/**
 * The audience model and every rule about creating one: pure Java, no dependencies.
 *
 * <p>Values are valid from construction. Everything the domain refuses is a {@link
 * io.audiences.domain.DomainRefusal}, carrying the contract's stable error code.
 */
package io.audiences.domain;
