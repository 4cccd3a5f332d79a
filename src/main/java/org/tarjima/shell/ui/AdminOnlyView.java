package org.tarjima.shell.ui;

import org.tarjima.base.ui.Routes;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A route whose access annotation refuses the signed-in user (today only the admin screen): said in the user's
 * language inside the frame, with the way back, instead of Vaadin's bare "could not navigate" page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AdminOnlyView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private static final Logger log = LoggerFactory.getLogger(AdminOnlyView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        log.info("Refused to open {} for a user without the role the route requires", event.getLocation().getPath());
        removeAll();
        setId("admin-only");
        addClassName("page");
        add(new H2(getTranslation("notPermitted.title")), new Paragraph(getTranslation("error.notPermitted.admin")),
                Routes.link(getTranslation("notPermitted.back"), Routes.DASHBOARD));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
