package org.tarjima.security;

/** What a service call needs; {@link AccessPolicy} decides from the user's grants. */
public enum Permission {
    /** See the project, or with a locale, see that locale's targets. */
    VIEW,
    /** Edit and confirm targets of a locale. */
    TRANSLATE,
    /** Approve, reject and sign off a locale. */
    REVIEW,
    /** Import, export, create documents, assign people in a project. */
    MANAGE
}
