package org.tarjima;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Tarjima, a localization workbench: English articles into Russian and the Central Asian languages.
 * Styles come from {@code frontend/tarjima.css} (see {@link org.tarjima.shell.ui.MainLayout}); there is
 * no Vaadin frontend build, the pre-compiled bundle serves every component we use.
 */
@SpringBootApplication
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// Live updates: a colleague's save reaches open editors without a reload (WebSocket; Atmosphere falls back to
// long polling where a proxy blocks WebSockets).
@Push(transport = Transport.WEBSOCKET_XHR)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
