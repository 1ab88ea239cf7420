/** Account groups: who owns audiences, on which plan, with or without a LinkedIn account. */
package io.audiences.domain.accountgroup;
