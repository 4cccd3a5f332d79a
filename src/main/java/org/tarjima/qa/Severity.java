package org.tarjima.qa;

/** How much a QA finding weighs: an ERROR blocks the locale's sign-off, a WARNING does not and may be ignored. */
public enum Severity {
    ERROR, WARNING
}
