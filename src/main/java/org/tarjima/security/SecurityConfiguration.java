package org.tarjima.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.tarjima.security.ui.LoginView;

/**
 * Two doors. The REST API takes personal access tokens or HTTP Basic on every request and keeps no session
 * (so no cookie can speak for a script, and CSRF does not apply); the UI is Vaadin's: a sign-in view, a session,
 * Vaadin's CSRF protection, and an access annotation on every route.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and hashes of other schemes still verify if the default ever moves on.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(UserDetailsLookup users, PasswordEncoder passwords,
                                                          LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        return new ThrottledAuthenticationProvider(provider, throttle);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserService users, SecurityContextHolderStrategy holder) throws Exception {
        ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/docs", "/api/docs/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new BearerTokenFilter(users, entryPoint, holder), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, VaadinDefaultRequestCache requestCache) throws Exception {
        // After signing in, the page asked for, as it was asked for: Spring Security 6 marks the saved request with
        // "?continue", which then stayed in the address bar and in every link copied from it.
        HttpSessionRequestCache withoutMarker = new HttpSessionRequestCache();
        withoutMarker.setMatchingRequestParameterName(null);
        requestCache.setDelegateRequestCache(withoutMarker);
        // The API's documentation pages are public like the API description itself, and our stylesheet and
        // custom elements are needed by the sign-in page (they hold nothing secret).
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/swagger-ui/**", "/swagger-ui.html", "/frontend/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
