package org.tarjima.translation;

/**
 * Published right after {@link TargetChanged}, inside the same transaction, for the translation feature's own
 * listeners that act on the project's rules (repetitions, linked variants): the save read the rules with the target,
 * so those listeners need no statements of their own to learn them.
 */
record TargetChangedInProject(TargetChanged change, ProjectRules rules) {
}
