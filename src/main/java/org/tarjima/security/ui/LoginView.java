package org.tarjima.security.ui;

import org.tarjima.base.ui.ComponentTexts;
import org.tarjima.base.ui.LanguageSelect;
import org.tarjima.base.ui.Routes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.tarjima.base.DemoMode;
import org.tarjima.security.UserService;

/** Sign-in. In demo mode (and only then) it names the demo users and their password. */
@Route(value = Routes.LOGIN, autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://frontend/tarjima.css")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(UserService users, DemoMode demo, @Value("${tarjima.demo-password:}") String demoPassword) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("Tarjima");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        ComponentTexts.passwordReveal(form);
        // Someone who cannot read the page can choose its language before signing in.
        var language = LanguageSelect.create(getLocale(), chosen -> { });
        language.addClassName("login-language");
        add(language, brand, tagline, form);
        // After a wrong password the page reloads empty: the browser keeps the name typed (this tab only) and puts it
        // back, so that only the password is typed again.
        form.getElement().executeJs("""
                const form = this;
                form.addEventListener('login', e => sessionStorage.setItem('tarjima-sign-in-name', e.detail.username));
                if (new URLSearchParams(location.search).has('error')) {
                  const name = sessionStorage.getItem('tarjima-sign-in-name');
                  requestAnimationFrame(() => {
                    const user = document.getElementById('vaadinLoginUsername');
                    const secret = document.getElementById('vaadinLoginPassword');
                    if (name && user && !user.value) {
                      user.value = name;
                      if (secret) secret.focus();
                    }
                  });
                }""");

        if (demo.enabled() && users.demoUsersExist()) {
            Div hint = new Div();
            hint.setId("demo-users");
            hint.addClassName("demo-users");
            String password = demoPassword.isBlank() ? "demo" : null;
            hint.add(new Paragraph(password != null
                    ? getTranslation("login.demoUsers", "manager, translator, reviewer", password)
                    : getTranslation("login.demoUsersOwnPassword", "manager, translator, reviewer")));
            add(hint);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.errorTitle"));
        error.setMessage(getTranslation("login.errorMessage"));
        error.setUsername(getTranslation("login.usernameRequired"));
        error.setPassword(getTranslation("login.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Tarjima";
    }
}
