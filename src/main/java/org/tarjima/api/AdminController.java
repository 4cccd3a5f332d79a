package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.tarjima.security.NewUser;
import org.tarjima.security.UserService;
import org.tarjima.security.UserSummary;

@RestController
@RequestMapping(path = "/api/admin/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration", description = "Users and their roles; for administrators only (403 for anyone else)")
class AdminController {

    private final UserService users;

    AdminController(UserService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Every user with their roles")
    List<ApiModels.UserJson> list() {
        return users.users().stream().map(ApiModels.UserJson::of).toList();
    }

    @GetMapping("/{username}")
    @Operation(summary = "One user with their roles")
    ApiModels.UserJson get(@PathVariable String username) {
        return ApiModels.UserJson.of(existing(username));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a user",
            description = "username: letters, digits and . _ - @; password: 8 to 72 bytes; the new user has no roles yet.")
    ResponseEntity<ApiModels.UserJson> create(@RequestBody ApiModels.NewUserRequest request,
                                              UriComponentsBuilder uri) {
        UserSummary created = users.createUser(new NewUser(request.username(), request.displayName(), request.password(),
                Boolean.TRUE.equals(request.admin())));
        URI location = uri.path("/api/admin/users/{username}").buildAndExpand(created.username()).encode().toUri();
        return ResponseEntity.created(location).body(ApiModels.UserJson.of(created));
    }

    @PutMapping(path = "/{username}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace all of a user's roles",
            description = "A list of {projectId, locale, role}: role MANAGER, TRANSLATOR or REVIEWER; projectId null for "
                    + "every project; locale null for every target locale of the project (a manager always has them all). "
                    + "An empty list takes every role away.")
    ApiModels.UserJson replaceRoles(@PathVariable String username, @RequestBody List<ApiModels.RoleRequest> roles) {
        existing(username);
        List<UserService.RoleRequest> requests = roles.stream()
                .map(r -> new UserService.RoleRequest(r.projectId(), r.locale(), r.role())).toList();
        return ApiModels.UserJson.of(users.replaceRoles(username, requests));
    }

    @PutMapping(path = "/{username}/enabled", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enable or disable a user",
            description = "A disabled user's password and tokens stop working at their next request; "
                    + "administrators cannot disable themselves.")
    ApiModels.UserJson setEnabled(@PathVariable String username, @RequestBody ApiModels.EnabledRequest request) {
        if (request.enabled() == null) {
            throw new IllegalArgumentException("enabled is required: true or false");
        }
        existing(username);
        users.setEnabled(username, request.enabled());
        return ApiModels.UserJson.of(existing(username));
    }

    /** A user's address for notifications by e-mail; null when none. */
    record EmailJson(String email) {
    }

    @GetMapping("/{username}/email")
    @Operation(summary = "A user's e-mail address for notifications")
    EmailJson email(@PathVariable String username) {
        existing(username);
        return new EmailJson(users.email(username).orElse(null));
    }

    @PutMapping(path = "/{username}/email", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set or remove a user's e-mail address for notifications",
            description = "{\"email\": \"name@example.org\"}; null or blank removes it. Notifications are sent by "
                    + "e-mail only when the server has TARJIMA_SMTP_URL.")
    EmailJson setEmail(@PathVariable String username, @RequestBody EmailJson request) {
        existing(username);
        users.setEmail(username, request.email());
        return new EmailJson(users.email(username).orElse(null));
    }

    private UserSummary existing(String username) {
        return users.user(username).orElseThrow(() -> new NoSuchElementException("No user named '" + username + "'"));
    }
}
