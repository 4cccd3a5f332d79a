package org.tarjima.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Users for sign-in and HTTP Basic, from PostgreSQL. */
@Component
class UserDetailsLookup implements UserDetailsService {

    private final UserRepository users;

    UserDetailsLookup(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
