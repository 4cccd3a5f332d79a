package org.tarjima.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #FREE_ATTEMPTS} failed sign-ins in a row for one user name, further
 * attempts are refused without checking the password until a pause has passed, and each further failure doubles the
 * pause (up to {@link #MAX_PAUSE}). Short pauses keep an attacker from locking a real user out for long. Counted per
 * node: with several nodes an attacker gets a few more guesses, never many.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration MAX_PAUSE = Duration.ofMinutes(15);
    /** Bounds the memory an attacker can make us use by trying many names. */
    static final int MAX_TRACKED_NAMES = 100_000;

    private record Failures(int count, Instant blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** When the name may try again, if it must wait. */
    java.util.Optional<Instant> blockedUntil(String username) {
        Failures current = failures.get(key(username));
        if (current == null || current.blockedUntil() == null || !clock.instant().isBefore(current.blockedUntil())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(current.blockedUntil());
    }

    void failed(String username) {
        if (failures.size() >= MAX_TRACKED_NAMES) {
            failures.clear();
        }
        failures.compute(key(username), (name, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            if (count < FREE_ATTEMPTS) {
                return new Failures(count, null);
            }
            long factor = 1L << Math.min(count - FREE_ATTEMPTS, 10);
            Duration pause = FIRST_PAUSE.multipliedBy(factor);
            return new Failures(count, clock.instant().plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause));
        });
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
