/**
 * The domain: pure Java, no dependencies, split by concept —
 * {@link io.audiences.domain.plan plans}, {@link io.audiences.domain.accountgroup account groups},
 * {@link io.audiences.domain.apikey API keys} and {@link io.audiences.domain.audience audiences}.
 * This package holds what all of them share: the refusals (a {@link DomainRefusal} carries the
 * contract's stable error code), and the id and text rules.
 *
 * <p>Values are valid from construction.
 */
package io.audiences.domain;
