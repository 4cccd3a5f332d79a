package org.tarjima.base;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo mode: {@code tarjima.demo} when set, otherwise on exactly when no database URL is configured
 * (the zero-configuration start). It creates the demo project and demo users on a fresh database.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    public DemoMode(Environment environment) {
        this.enabled = isDemo(environment);
    }

    public boolean enabled() {
        return enabled;
    }

    static boolean isDemo(Environment environment) {
        String explicit = environment.getProperty("tarjima.demo");
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        String url = environment.getProperty("tarjima.db.url");
        return url == null || url.isBlank();
    }
}
