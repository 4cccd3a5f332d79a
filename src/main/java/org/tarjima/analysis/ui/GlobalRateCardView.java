package org.tarjima.analysis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.tarjima.analysis.RateCardService;
import org.tarjima.base.ui.Crumb;
import org.tarjima.base.ui.HasBreadcrumb;
import org.tarjima.base.ui.Routes;

/**
 * The global default rate card, for administrators: it prices the match analysis of every project without a card of
 * its own. The fields are the project settings' ({@link RateCardSettings}); the route is for admins only and
 * {@link RateCardService} checks again on every call.
 */
@Route(value = Routes.RATE_CARD)
@RolesAllowed("ADMIN")
// Refused users get the shell's "administrators only" page, as on the users screen.
@AccessDeniedErrorRouter
public class GlobalRateCardView extends Div implements HasDynamicTitle, HasBreadcrumb {

    public GlobalRateCardView(RateCardService cards) {
        addClassNames("page", "rate-card-view");
        setId("rate-card-view");
        Paragraph hint = new Paragraph(getTranslation("rateCard.globalHint"));
        hint.addClassName("dialog-hint");
        hint.setId("rate-card-global-hint");
        RateCardSettings settings = new RateCardSettings(cards);
        settings.showGlobal();
        add(new H2(getTranslation("rateCard.globalTitle")), hint, settings);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rateCard.globalTitle") + " · Tarjima";
    }

    @Override
    public List<Crumb> breadcrumb() {
        return List.of(Crumb.current(getTranslation("rateCard.globalTitle")));
    }
}
