package org.tarjima.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/** Password sign-in (the login form and HTTP Basic) through {@link LoginThrottle}. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName();
        if (throttle.blockedUntil(username).isPresent()) {
            // Refused before the password is even looked at: a guess made now tells the guesser nothing.
            throttle.failed(username);
            throw new LockedException("Too many failed sign-ins for this name; wait and try again");
        }
        try {
            Authentication result = passwords.authenticate(request);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
