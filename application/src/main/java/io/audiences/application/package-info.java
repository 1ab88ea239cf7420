/**
 * The use cases of Audiences and the ports they need.
 *
 * <ul>
 *   <li>{@code port.in}: what the application offers (one interface per use case);</li>
 *   <li>{@code port.out}: what it needs from storage and the outside world;</li>
 *   <li>{@code command}: the records the inbound ports take and return;</li>
 *   <li>{@code service}: the implementations of the inbound ports;</li>
 *   <li>{@code memory}: thread-safe in-memory implementations of the outbound ports.</li>
 * </ul>
 */
package io.audiences.application;
