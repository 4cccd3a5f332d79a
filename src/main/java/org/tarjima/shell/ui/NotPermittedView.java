package org.tarjima.shell.ui;

import org.tarjima.base.ui.Routes;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.tarjima.security.NotPermittedException;

/** Opening a project, document or locale the user was not given: a page that says so, not a stack trace. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotPermittedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private static final Logger log = LoggerFactory.getLogger(NotPermittedView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        log.info("Refused to open {}: {}", event.getLocation().getPath(), parameter.getCaughtException().getMessage());
        removeAll();
        setId("not-permitted");
        String message = parameter.getCaughtException() instanceof NotPermittedException refusal
                ? getTranslation(refusal.messageKey(), refusal.arguments())
                : getTranslation("error.notPermitted.view");
        add(new H2(getTranslation("notPermitted.title")), new Paragraph(message),
                Routes.link(getTranslation("notPermitted.back"), Routes.DASHBOARD));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
