package org.tarjima.security;

/** What a user does in a project; granted per project and, for translators and reviewers, per target locale. */
public enum ProjectRole {
    /** Imports and exports, creates documents, assigns people; all locales of the project. */
    MANAGER,
    /** Edits and confirms targets of the granted locales. */
    TRANSLATOR,
    /** Approves, rejects and signs off the granted locales; may also edit them. */
    REVIEWER
}
