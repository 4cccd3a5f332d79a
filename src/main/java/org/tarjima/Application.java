package org.tarjima;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Tarjima, a localization workbench: English articles into Russian and the Central Asian languages.
 * Styles come from {@code frontend/tarjima.css} (see {@link org.tarjima.base.ui.MainLayout}); there is
 * no Vaadin frontend build, the pre-compiled bundle serves every component we use.
 */
@SpringBootApplication
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
