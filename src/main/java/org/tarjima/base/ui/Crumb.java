package org.tarjima.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;

/** One step of the breadcrumb in the top bar; {@code target} null for the current page. */
public record Crumb(String label, Class<? extends Component> target, RouteParameters parameters) {

    public static Crumb current(String label) {
        return new Crumb(label, null, RouteParameters.empty());
    }
}
