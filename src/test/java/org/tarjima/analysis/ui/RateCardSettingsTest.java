package org.tarjima.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.analysis.MatchBand;
import org.tarjima.analysis.RateCard;
import org.tarjima.analysis.RateCardService;
import org.tarjima.base.ui.Routes;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/** The rate card in the project settings (Karibu), against the real service. */
@TarjimaTest
class RateCardSettingsTest {

    @Autowired
    AnalysisTools tools;
    @Autowired
    RateCardService cards;
    @Autowired
    TestProjects projects;

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_manager_saves_the_projects_own_card_and_shares_costs_and_a_bad_value_saves_nothing() {
        ProjectSummary project = projects.aProject().withTargets("ru").create();
        RateCardSettings settings = tools.rateCardSettings();
        UI.getCurrent().add(settings);
        settings.show(project.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("rate-card-inherited")).isVisible()).isTrue();

        _setValue(_get(BigDecimalField.class, spec -> spec.withId("rate-card-price")), new BigDecimal("0.07"));
        _setValue(_get(TextField.class, spec -> spec.withId("rate-card-currency")), "kzt");
        _setValue(_get(IntegerField.class, spec -> spec.withId("rate-card-percent-100")), 25);
        _setValue(_get(IntegerField.class, spec -> spec.withId("rate-card-percent-repetitions")), 20);
        _setValue(_get(Checkbox.class, spec -> spec.withId("rate-card-share-costs")), true);
        _click(_get(Button.class, spec -> spec.withId("rate-card-save")));

        RateCard saved = cards.projectCard(project.id());
        assertThat(saved.projectId()).isEqualTo(project.id());
        assertThat(saved.pricePerWord()).isEqualByComparingTo("0.07");
        assertThat(saved.currency()).isEqualTo("KZT");
        assertThat(saved.percent().get(MatchBand.EXACT)).isEqualTo(25);
        assertThat(saved.repetitionsPercent()).isEqualTo(20);
        assertThat(cards.costsShared(project.id())).isTrue();
        // Now the project's own: the hint that it uses the global default is gone.
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class, spec -> spec.withId("rate-card-inherited")))
                .isEmpty();

        _setValue(_get(IntegerField.class, spec -> spec.withId("rate-card-percent-none")), 150);
        _click(_get(Button.class, spec -> spec.withId("rate-card-save")));
        assertThat(cards.projectCard(project.id()).percent().get(MatchBand.NONE)).isEqualTo(100);
    }

    @Test
    void the_card_says_whether_it_is_the_global_default_and_a_manager_can_go_back_to_it() {
        ProjectSummary project = projects.aProject().withTargets("ru").create();
        RateCardSettings settings = tools.rateCardSettings();
        UI.getCurrent().add(settings);
        settings.show(project.id());

        Span source = _get(Span.class, spec -> spec.withId("rate-card-source"));
        assertThat(source.getClassNames()).doesNotContain("own");
        assertThat(source.getText()).isEqualTo(source.getTranslation("rateCard.source.global"));
        // The admin may change the global default: the hint leads to its screen.
        assertThat(_get(Anchor.class, spec -> spec.withId("rate-card-edit-global")).getHref()).isEqualTo(Routes.RATE_CARD);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("rate-card-use-global")))
                .isEmpty();

        _setValue(_get(IntegerField.class, spec -> spec.withId("rate-card-percent-repetitions")), 15);
        _click(_get(Button.class, spec -> spec.withId("rate-card-save")));
        assertThat(source.getClassNames()).contains("own");
        assertThat(source.getText()).isEqualTo(source.getTranslation("rateCard.source.own"));
        _get(Paragraph.class, spec -> spec.withId("rate-card-own"));

        _click(_get(Button.class, spec -> spec.withId("rate-card-use-global")));
        // Asked first: cancelling keeps the project's own card.
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(
                _get(ConfirmDialog.class, spec -> spec.withId("rate-card-use-global-dialog")));
        assertThat(cards.projectCard(project.id()).projectId()).isEqualTo(project.id());
        _click(_get(Button.class, spec -> spec.withId("rate-card-use-global")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class, spec -> spec.withId("rate-card-use-global-dialog")));
        assertThat(cards.projectCard(project.id()).projectId()).isNull();
        assertThat(source.getClassNames()).doesNotContain("own");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rate-card-inherited")).isVisible()).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class, spec -> spec.withId("rate-card-own")))
                .isEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("rate-card-use-global")))
                .isEmpty();
    }
}
