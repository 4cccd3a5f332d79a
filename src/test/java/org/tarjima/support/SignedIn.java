package org.tarjima.support;

/** The passwords of the first users of the test database (application-test.properties). */
public final class SignedIn {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String DEMO_PASSWORD = "demo-password-for-tests";

    private SignedIn() {
    }
}
