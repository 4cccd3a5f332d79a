package org.tarjima.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjima.api.Caller.json;
import static org.tarjima.support.TestUsers.manager;
import static org.tarjima.support.TestUsers.reviewer;
import static org.tarjima.support.TestUsers.translator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestUsers;

/** Over real HTTP: the two ways into the API, personal access tokens, who-am-I and the administrators' calls. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestUsers users;

    private Caller admin;
    private long project;

    @BeforeEach
    void aProject() {
        admin = Caller.basic(http, "admin", SignedIn.ADMIN_PASSWORD);
        project = json(admin.post("/api/projects", Map.of("name", "Access " + UUID.randomUUID(), "sourceLocale", "en",
                "targetLocales", List.of("ru", "kk")))).get("id").asLong();
    }

    private Caller as(String username) {
        return Caller.basic(http, username, TestUsers.PASSWORD);
    }

    private static void assertProblem(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
        assertThat(json(response).get("status").asInt()).isEqualTo(status.value());
    }

    @Test
    void an_anonymous_call_is_401_naming_both_ways_in() {
        ResponseEntity<String> refused = Caller.anonymous(http).get("/api/projects");

        assertProblem(refused, HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE))
                .anySatisfy(h -> assertThat(h).startsWith("Bearer"))
                .anySatisfy(h -> assertThat(h).startsWith("Basic"));
        assertThat(json(refused).get("detail").asText()).contains("Bearer", "Basic");
        assertProblem(Caller.anonymous(http).post("/api/projects", Map.of("name", "x")), HttpStatus.UNAUTHORIZED);
        assertThat(Caller.anonymous(http).get("/api/docs").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void http_basic_lets_a_user_in_and_a_wrong_password_is_401() {
        String ruTranslator = users.create("ru-translator", translator(project, "ru"));

        ResponseEntity<String> listed = as(ruTranslator).get("/api/projects");
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(listed).findValuesAsText("id")).contains(String.valueOf(project));

        assertProblem(Caller.basic(http, ruTranslator, "not-the-password").get("/api/projects"), HttpStatus.UNAUTHORIZED);
        assertProblem(Caller.basic(http, "nobody-" + UUID.randomUUID(), "whatever1").get("/api/projects"),
                HttpStatus.UNAUTHORIZED);
    }

    @Test
    void me_names_the_caller_with_their_roles() {
        String both = users.create("ru-translator-reviewer", translator(project, "ru"), reviewer(project, "ru"));

        JsonNode me = json(as(both).get("/api/me"));

        assertThat(me.get("username").asText()).isEqualTo(both);
        assertThat(me.get("admin").asBoolean()).isFalse();
        assertThat(me.get("roles")).hasSize(2).allSatisfy(role -> {
            assertThat(role.get("projectId").asLong()).isEqualTo(project);
            assertThat(role.get("locale").asText()).isEqualTo("ru");
        });
        assertThat(me.get("roles").findValuesAsText("role")).containsExactlyInAnyOrder("TRANSLATOR", "REVIEWER");
    }

    @Test
    void a_token_made_through_the_api_works_as_bearer_and_a_revoked_one_stops_working_at_once() {
        String ruTranslator = users.create("ru-translator", translator(project, "ru"));

        ResponseEntity<String> created = as(ruTranslator).post("/api/me/tokens", Map.of("name", "CI"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String secret = json(created).get("token").asText();
        long id = json(created).get("id").asLong();
        assertThat(secret).startsWith("tjp_");
        assertThat(json(created).get("name").asText()).isEqualTo("CI");

        Caller script = Caller.bearer(http, secret);
        assertThat(json(script.get("/api/me")).get("username").asText()).isEqualTo(ruTranslator);
        assertThat(json(script.get("/api/projects")).findValuesAsText("id")).contains(String.valueOf(project));
        JsonNode listed = json(as(ruTranslator).get("/api/me/tokens"));
        assertThat(listed).singleElement().satisfies(token -> {
            assertThat(token.get("id").asLong()).isEqualTo(id);
            assertThat(token.get("active").asBoolean()).isTrue();
            assertThat(token.get("lastUsedAt").isNull()).isFalse();
            assertThat(token.has("token")).as("the secret is shown once only").isFalse();
        });
        assertThat(as(ruTranslator).get("/api/me/tokens").getBody()).doesNotContain(secret);

        ResponseEntity<String> revoked = script.delete("/api/me/tokens/{id}", id);

        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(script.get("/api/me"), HttpStatus.UNAUTHORIZED);
        assertThat(json(as(ruTranslator).get("/api/me/tokens")).get(0).get("active").asBoolean()).isFalse();
    }

    @Test
    void an_unknown_token_is_401_and_never_anonymous() {
        assertProblem(Caller.bearer(http, "tjp_" + UUID.randomUUID()).get("/api/me"), HttpStatus.UNAUTHORIZED);
        assertProblem(Caller.bearer(http, "not-even-a-token").get("/api/docs"), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void nobody_revokes_another_users_token() {
        String owner = users.create("owner", translator(project, "kk"));
        String other = users.create("other", translator(project, "kk"));
        JsonNode created = json(as(owner).post("/api/me/tokens", Map.of("name", "laptop")));

        assertProblem(as(other).delete("/api/me/tokens/{id}", created.get("id").asLong()), HttpStatus.NOT_FOUND);
        assertThat(Caller.bearer(http, created.get("token").asText()).get("/api/me").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertProblem(as(owner).post("/api/me/tokens", Map.of("name", " ")), HttpStatus.BAD_REQUEST);
    }

    @Test
    void the_administrators_calls_are_403_for_everyone_else_even_a_manager() {
        String projectManager = users.create("manager", manager(project));
        Caller caller = as(projectManager);

        assertProblem(caller.get("/api/admin/users"), HttpStatus.FORBIDDEN);
        assertProblem(caller.get("/api/admin/users/{u}", projectManager), HttpStatus.FORBIDDEN);
        assertProblem(caller.post("/api/admin/users", Map.of("username", "sneaky-" + UUID.randomUUID(),
                "password", "long-enough", "admin", true)), HttpStatus.FORBIDDEN);
        // Making oneself manager of every project would be an escalation.
        assertProblem(caller.put("/api/admin/users/{u}/roles", List.of(Map.of("role", "MANAGER")), projectManager),
                HttpStatus.FORBIDDEN);
        assertProblem(caller.put("/api/admin/users/{u}/enabled", Map.of("enabled", false), "admin"), HttpStatus.FORBIDDEN);

        JsonNode unchanged = json(caller.get("/api/me"));
        assertThat(unchanged.get("roles")).singleElement()
                .satisfies(role -> assertThat(role.get("projectId").asLong()).isEqualTo(project));
        assertThat(json(admin.get("/api/admin/users/{u}", "admin")).get("enabled").asBoolean()).isTrue();
    }

    @Test
    void an_administrator_creates_a_user_gives_roles_and_disables_them() {
        String username = "aida-" + UUID.randomUUID().toString().substring(0, 8);

        ResponseEntity<String> created = admin.post("/api/admin/users", Map.of("username", username,
                "displayName", "Aida", "password", "correct horse battery"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/admin/users/" + username);
        assertThat(json(created).get("admin").asBoolean()).isFalse();
        assertThat(json(created).get("roles")).isEmpty();
        assertProblem(admin.post("/api/admin/users", Map.of("username", username, "password", "another one")),
                HttpStatus.BAD_REQUEST);
        assertProblem(admin.post("/api/admin/users", Map.of("username", "short-" + UUID.randomUUID(), "password", "short")),
                HttpStatus.BAD_REQUEST);

        Caller aida = Caller.basic(http, username, "correct horse battery");
        assertThat(json(aida.get("/api/projects")).findValuesAsText("id")).doesNotContain(String.valueOf(project));

        ResponseEntity<String> roles = admin.put("/api/admin/users/{u}/roles", List.of(
                Map.of("projectId", project, "locale", "kk", "role", "TRANSLATOR"),
                Map.of("projectId", project, "locale", "ru", "role", "REVIEWER")), username);
        assertThat(roles.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(roles).get("roles").findValuesAsText("role")).containsExactlyInAnyOrder("TRANSLATOR", "REVIEWER");
        assertThat(json(aida.get("/api/projects/{id}", project)).get("targetLocales"))
                .extracting(JsonNode::asText).containsExactly("ru", "kk");
        assertThat(json(admin.get("/api/admin/users")).findValuesAsText("username")).contains(username, "admin");

        assertProblem(admin.put("/api/admin/users/{u}/roles", List.of(Map.of("projectId", project, "locale", "de",
                "role", "TRANSLATOR")), username), HttpStatus.BAD_REQUEST);
        assertProblem(admin.put("/api/admin/users/{u}/roles", List.of(), "nobody-" + UUID.randomUUID()),
                HttpStatus.NOT_FOUND);
        assertThat(json(admin.get("/api/admin/users/{u}", username)).get("roles")).hasSize(2);

        String token = json(aida.post("/api/me/tokens", Map.of("name", "script"))).get("token").asText();
        ResponseEntity<String> disabled = admin.put("/api/admin/users/{u}/enabled", Map.of("enabled", false), username);
        assertThat(json(disabled).get("enabled").asBoolean()).isFalse();
        assertProblem(aida.get("/api/me"), HttpStatus.UNAUTHORIZED);
        assertProblem(Caller.bearer(http, token).get("/api/me"), HttpStatus.UNAUTHORIZED);
        assertProblem(admin.put("/api/admin/users/{u}/enabled", Map.of("enabled", false), "admin"), HttpStatus.BAD_REQUEST);

        admin.put("/api/admin/users/{u}/enabled", Map.of("enabled", true), username);
        assertThat(aida.get("/api/me").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
