package org.tarjima.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.base.DemoMode;

/**
 * The first start on an empty user table creates {@code admin} (password from {@code TARJIMA_ADMIN_PASSWORD}, or a
 * random one written once to the log) and, in demo mode only, the demo users. A database that started without demo
 * mode never gets demo users later: they are created together with the first admin or not at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstStartUsers implements ApplicationRunner {

    static final String ADMIN = "admin";
    /** Demo users and what the demo project gives them (see DemoProjectLoader). */
    public static final List<String> DEMO_USERS = List.of("manager", "translator", "reviewer");
    static final String DEFAULT_DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(FirstStartUsers.class);

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoMode demo;
    private final String adminPassword;
    private final String demoPassword;

    FirstStartUsers(UserRepository users, PasswordEncoder passwords, TransactionTemplate transaction, Clock clock,
                    DemoMode demo, @Value("${tarjima.admin-password:}") String adminPassword,
                    @Value("${tarjima.demo-password:}") String demoPassword) {
        this.users = users;
        this.passwords = passwords;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
        this.adminPassword = adminPassword;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            transaction.executeWithoutResult(status -> createFirstUsers());
        } catch (DuplicateKeyException e) {
            // Another node starting on the same database created them first.
            log.info("The first users were created by another node");
        }
    }

    private void createFirstUsers() {
        if (users.anyUser()) {
            return;
        }
        boolean generated = adminPassword.isBlank();
        String password = generated ? randomPassword() : adminPassword;
        long admin = users.insert(ADMIN, "Administrator", passwords.encode(password), true, false, clock.instant());
        if (generated) {
            // The only place this password ever appears: it is not stored anywhere in clear.
            log.warn("""

                    ================================================================
                     Tarjima created the user 'admin' with the password:  {}
                     Sign in and change it, or set TARJIMA_ADMIN_PASSWORD next time.
                    ================================================================""", password);
        } else {
            log.info("Created the user 'admin' with the password from TARJIMA_ADMIN_PASSWORD");
        }
        if (demo.enabled()) {
            String demoSecret = demoPassword.isBlank() ? DEFAULT_DEMO_PASSWORD : demoPassword;
            for (String name : DEMO_USERS) {
                String display = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                long id = users.insert(name, display, passwords.encode(demoSecret), false, true, clock.instant());
                if (name.equals("manager")) {
                    users.insertGrant(id, null, null, ProjectRole.MANAGER, clock.instant(), ADMIN);
                }
            }
            log.info("Demo mode: created the users {} (see the sign-in page)", DEMO_USERS);
        }
        log.debug("First users created; admin has id {}", admin);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
