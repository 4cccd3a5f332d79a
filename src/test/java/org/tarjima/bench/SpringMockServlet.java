package org.tarjima.bench;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.spring.SpringInstantiator;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Karibu-Testing's mock servlet with the application's Spring context behind it, so that views are created as the
 * real servlet creates them (constructor injection, the application's I18N provider and service init listeners,
 * Vaadin's route access control). Karibu's Spring module is not a dependency; this is the part of it needed here.
 * Each {@link #openSession} is a new browser session of the signed-in user with one UI in it.
 */
public final class SpringMockServlet extends MockVaadinServlet {

    private final transient ApplicationContext context;

    public SpringMockServlet(ApplicationContext context) {
        super(new Routes().autoDiscoverViews("org.tarjima"), UI::new);
        this.context = context;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        MockService service = new MockService(this, configuration, getUiFactory()) {
            @Override
            protected Instantiator createInstantiator() {
                return new SpringInstantiator(this, context);
            }
        };
        service.init();
        getRoutes().register((VaadinServletContext) service.getContext());
        return service;
    }

    /**
     * A new session with one UI, signed in as the current thread's user: its security context kept in the HTTP
     * session (as Spring Security keeps it) and its requests carrying the principal (for Vaadin's access control).
     */
    public void openSession(SecurityContextHolderStrategy holder) {
        SecurityContext security = holder.getContext();
        Authentication user = security.getAuthentication();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(user);
            request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        MockVaadin.setup(UI::new, this);
        UI.getCurrent().getSession().getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
    }
}
