/** Plans and their limits: how many audiences, and how many monitoring audiences, a group may hold. */
package io.audiences.domain.plan;
