package org.tarjima.support;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tarjima.security.NewUser;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.security.UserService.RoleRequest;

/**
 * Users with exactly the roles a test names: {@code users.create("ru-reviewer", reviewer(project, "ru"))}. Each gets a
 * unique name, so tests never share a user, and is created as the administrator whoever the test is signed in as.
 */
@Component
public class TestUsers {

    /** Every user made here has this password (for HTTP Basic in API tests). */
    public static final String PASSWORD = "password-of-test-users";

    private final UserService users;
    private final RunAs runAs;

    TestUsers(UserService users, RunAs runAs) {
        this.users = users;
        this.runAs = runAs;
    }

    /** Creates a user whose name starts with {@code prefix}, with these roles; returns the name. */
    public String create(String prefix, RoleRequest... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        runAs.admin(() -> {
            users.createUser(new NewUser(username, prefix, PASSWORD, false));
            return users.replaceRoles(username, List.of(roles));
        });
        return username;
    }

    /**
     * A personal access token of the user: API tests call as Bearer, because HTTP Basic checks a bcrypt hash on every
     * request (deliberately slow) and a test makes dozens.
     */
    public String token(String username) {
        return runAs.user(username, () -> users.createToken("tests")).secret();
    }

    public static RoleRequest translator(long projectId, String locale) {
        return new RoleRequest(projectId, locale, ProjectRole.TRANSLATOR);
    }

    public static RoleRequest reviewer(long projectId, String locale) {
        return new RoleRequest(projectId, locale, ProjectRole.REVIEWER);
    }

    public static RoleRequest manager(long projectId) {
        return new RoleRequest(projectId, null, ProjectRole.MANAGER);
    }
}
