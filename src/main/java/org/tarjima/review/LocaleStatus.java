package org.tarjima.review;

import java.util.Optional;
import org.tarjima.translation.LocaleProgress;

/** A document's progress in one locale with its sign-off, if any. */
public record LocaleStatus(String locale, LocaleProgress progress, Optional<LocaleSignOff> signOff) {
}
