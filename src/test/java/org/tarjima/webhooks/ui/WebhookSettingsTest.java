package org.tarjima.webhooks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.review.ReviewService;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.webhooks.Delivery;
import org.tarjima.webhooks.Webhook;
import org.tarjima.webhooks.WebhookService;

/** The webhooks section of the project settings (Karibu) against the real service. */
@TarjimaTest
class WebhookSettingsTest {

    @Autowired
    WebhookService webhooks;
    @Autowired
    TestProjects projects;
    @Autowired
    ReviewService reviews;

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_manager_adds_a_webhook_sees_its_deliveries_and_replays_one() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        WebhookSettings settings = new WebhookSettings(webhooks);
        UI.getCurrent().add(settings);
        settings.show(created.project().id());

        // A refusal is said in the user's language, and nothing is stored.
        LocatorJ._setValue(LocatorJ._get(TextField.class, spec -> spec.withId("webhook-url")), "ftp://example.org/");
        LocatorJ._setValue(LocatorJ._get(PasswordField.class, spec -> spec.withId("webhook-secret")), "secret");
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("webhook-add")));
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(webhooks.webhooks(created.project().id())).isEmpty();

        // 203.0.113.x (TEST-NET-3) is public to the guard and reaches nobody: the delivery stays pending.
        LocatorJ._setValue(LocatorJ._get(TextField.class, spec -> spec.withId("webhook-url")), "http://203.0.113.7/hook");
        LocatorJ._setValue(LocatorJ._get(PasswordField.class, spec -> spec.withId("webhook-secret")), "secret");
        LocatorJ._setValue(LocatorJ._get(CheckboxGroup.class, spec -> spec.withId("webhook-events")), Set.of("comment.created"));
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("webhook-add")));
        Webhook added = webhooks.webhooks(created.project().id()).get(0);
        assertThat(added.url()).isEqualTo("http://203.0.113.7/hook");
        assertThat(GridKt._size(LocatorJ._get(Grid.class, spec -> spec.withId("webhook-list")))).isEqualTo(1);

        long segment = projects.segment(created.document().id(), "ru", 1).segmentId();
        reviews.addComment(segment, "ru", "A comment for the hook");
        Grid<Webhook> list = LocatorJ._get(Grid.class, spec -> spec.withId("webhook-list"));
        LocatorJ._click(LocatorJ._get(GridKt._getCellComponent(list, 0, "actions"), Button.class,
                spec -> spec.withId("webhook-show-" + added.id())));
        Grid<Delivery> log = LocatorJ._get(Grid.class, spec -> spec.withId("webhook-deliveries"));
        assertThat(GridKt._size(log)).isEqualTo(1);
        Delivery delivery = GridKt._get(log, 0);
        assertThat(delivery.eventType()).isEqualTo("comment.created");

        Button replay = (Button) GridKt._getCellComponent(log, 0, "replay");
        assertThat(replay.getId()).contains("webhook-replay-" + delivery.id());
        LocatorJ._click(replay);
        assertThat(webhooks.deliveries(added.id()).get(0).nextAttemptAt()).isNotNull();

        LocatorJ._click(LocatorJ._get(GridKt._getCellComponent(list, 0, "actions"), Button.class,
                spec -> spec.withId("webhook-delete-" + added.id())));
        assertThat(webhooks.webhooks(created.project().id())).isEmpty();
    }
}
