package org.tarjima.translation;

/**
 * Published after a target change is committed; live updates and the translation memory listen for it.
 */
public record TargetChanged(long documentId, TargetSnapshot target, TargetState previousState, Origin origin) {
}
