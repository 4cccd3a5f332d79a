package org.tarjima.security;

/** A user an admin creates. */
public record NewUser(String username, String displayName, String password, boolean admin) {

    /** Matches the schema's varchar(200). */
    public static final int DISPLAY_NAME_MAX_LENGTH = 200;
    /** Shorter passwords are refused; long pass phrases are welcome (bcrypt reads 72 bytes). */
    public static final int PASSWORD_MIN_LENGTH = 8;
    public static final int PASSWORD_MAX_LENGTH = 72;
}
