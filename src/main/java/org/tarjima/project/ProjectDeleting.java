package org.tarjima.project;

/**
 * Published inside the transaction that deletes a project, before its rows go: features that keep something of a
 * project beyond its rows (the translation memory) decide here what to keep.
 *
 * @param keepTranslationMemory the manager's choice: true keeps the project's TM units for every other project
 */
public record ProjectDeleting(long projectId, boolean keepTranslationMemory) {
}
