/** Audiences: their values, the draft of a new one, and the rules that admit or refuse it. */
package io.audiences.domain.audience;
