package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.security.UserService;

@RestController
@RequestMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me", description = "The caller's account and personal access tokens")
class TokensController {

    private final UserService users;

    TokensController(UserService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Who the caller is, with their roles")
    ApiModels.MeJson me() {
        return ApiModels.MeJson.of(users.me());
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's personal access tokens, newest first, revoked ones included",
            description = "Never the secrets: those are shown once, when a token is created.")
    List<ApiModels.TokenJson> tokens() {
        return users.myTokens().stream().map(ApiModels.TokenJson::of).toList();
    }

    @PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a personal access token",
            description = "token is the secret, in this answer only; send it as Authorization: Bearer <token>. "
                    + "It acts with the caller's roles as they are at each request.")
    ApiModels.CreatedTokenJson create(@RequestBody ApiModels.NewTokenRequest request) {
        return ApiModels.CreatedTokenJson.of(users.createToken(request.name()));
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens", description = "It stops working at once.")
    void revoke(@PathVariable long id) {
        // Under /me only the caller's own tokens exist; another user's token id is as unknown as a made-up one.
        if (users.myTokens().stream().noneMatch(t -> t.id() == id)) {
            throw new NoSuchElementException("You have no token " + id);
        }
        users.revokeToken(id);
    }
}
