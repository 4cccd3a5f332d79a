package org.tarjima.base.ui;

/** One step of the breadcrumb in the top bar: a label and the path it leads to ({@link Routes}); null for the current page. */
public record Crumb(String label, String path) {

    public static Crumb current(String label) {
        return new Crumb(label, null);
    }
}
