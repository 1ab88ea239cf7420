/** Folders: an account group's named groupings of audiences of one type, and the rules that govern them. */
package io.audiences.domain.folder;
