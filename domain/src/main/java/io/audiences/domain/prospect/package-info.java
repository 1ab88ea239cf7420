/**
 * The prospects an audience holds: their input rules, the LinkedIn URL and email they are known by,
 * and who counts as the same prospect within one audience (prospects.md, section 2).
 */
package io.audiences.domain.prospect;
