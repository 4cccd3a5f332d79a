package org.tarjima.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tarjima.analysis.AnalysisFixture;
import org.tarjima.analysis.AnalysisService;
import org.tarjima.analysis.LocaleAnalysis;
import org.tarjima.analysis.MatchBand;
import org.tarjima.analysis.RateCard;
import org.tarjima.analysis.RateCardService;
import org.tarjima.base.ui.Routes;
import org.tarjima.bench.SpringMockServlet;
import org.tarjima.jobs.Progress;
import org.tarjima.security.NotPermittedException;
import org.tarjima.support.TarjimaTest;

/**
 * The administrators' screen for the global default rate card (Karibu, with the application's Spring context behind
 * the mock servlet, so the route's access rules apply as in the browser): reached from the drawer, saved, and then
 * pricing the analysis of a project that has no card of its own; refused to anyone else.
 */
@TarjimaTest
class GlobalRateCardViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SecurityContextHolderStrategy holder;
    @Autowired
    RateCardService cards;
    @Autowired
    AnalysisService analyses;
    @Autowired
    AnalysisFixture fixture;

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void an_admin_edits_the_global_card_and_a_project_without_its_own_is_priced_with_it() {
        AnalysisFixture.Built built = fixture.build();
        RateCard before = cards.globalCard();
        try {
            new SpringMockServlet(context).openSession(holder);
            UI.getCurrent().navigate(Routes.DASHBOARD);
            assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-rate-card")).getPath()).isEqualTo(Routes.RATE_CARD);

            UI.getCurrent().navigate(Routes.RATE_CARD);
            _get(GlobalRateCardView.class);
            // The card in force, and none of a project's own controls.
            assertThat(_get(BigDecimalField.class, spec -> spec.withId("rate-card-price")).getValue())
                    .isEqualByComparingTo(before.pricePerWord());
            assertThat(_get(TextField.class, spec -> spec.withId("rate-card-currency")).getValue()).isEqualTo(before.currency());
            assertThat(_find(Checkbox.class, spec -> spec.withId("rate-card-share-costs"))).isEmpty();
            assertThat(_find(Button.class, spec -> spec.withId("rate-card-use-global"))).isEmpty();

            _setValue(_get(BigDecimalField.class, spec -> spec.withId("rate-card-price")), new BigDecimal("0.25"));
            _setValue(_get(TextField.class, spec -> spec.withId("rate-card-currency")), "eur");
            for (MatchBand band : MatchBand.values()) {
                _setValue(_get(IntegerField.class, spec -> spec.withId("rate-card-percent-" + band.label())), 50);
            }
            _setValue(_get(IntegerField.class, spec -> spec.withId("rate-card-percent-repetitions")), 0);
            _click(_get(Button.class, spec -> spec.withId("rate-card-save")));

            RateCard saved = cards.globalCard();
            assertThat(saved.projectId()).isNull();
            assertThat(saved.pricePerWord()).isEqualByComparingTo("0.25");
            assertThat(saved.currency()).isEqualTo("EUR");
            assertThat(saved.percent()).allSatisfy((band, percent) -> assertThat(percent).isEqualTo(50));
            assertThat(saved.repetitionsPercent()).isZero();

            // The project has no card of its own: its analysis is priced with the one just saved. 68 words in the
            // bands at 50 %, repetitions free: 34 weighted words at 0.25 EUR.
            RateCard effective = cards.projectCard(built.projectId());
            assertThat(effective.projectId()).isNull();
            assertThat(effective.currency()).isEqualTo("EUR");
            LocaleAnalysis ru = analyses.analyzeDocument(built.documentId(), List.of("ru"), Progress.NONE).locales().get(0);
            assertThat(ru.weightedWords()).isEqualByComparingTo("34.00");
            assertThat(ru.cost()).isEqualTo(new LocaleAnalysis.Cost(new BigDecimal("8.50"), "EUR"));

            // A value out of range saves nothing.
            _setValue(_get(IntegerField.class, spec -> spec.withId("rate-card-percent-none")), 150);
            _click(_get(Button.class, spec -> spec.withId("rate-card-save")));
            assertThat(cards.globalCard().percent().get(MatchBand.NONE)).isEqualTo(50);
        } finally {
            // Other tests price with the defaults: leave the global card as it was.
            cards.setGlobalCard(before);
        }
    }

    @Test
    @WithUserDetails(value = "manager", setupBefore = TestExecutionEvent.TEST_METHOD)
    void anyone_but_an_admin_neither_sees_nor_opens_the_screen_and_the_service_refuses_them() {
        new SpringMockServlet(context).openSession(holder);
        UI.getCurrent().navigate(Routes.DASHBOARD);
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-rate-card"))).isEmpty();

        UI.getCurrent().navigate(Routes.RATE_CARD);

        // The shell's "administrators only" page, in place of the screen.
        _get(Component.class, spec -> spec.withId("admin-only"));
        assertThat(_find(GlobalRateCardView.class)).isEmpty();
        assertThat(_find(BigDecimalField.class, spec -> spec.withId("rate-card-price"))).isEmpty();
        assertThatThrownBy(() -> cards.globalCard()).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> cards.setGlobalCard(RateCard.defaults(null))).isInstanceOf(NotPermittedException.class);
    }
}
