package org.tarjima.security;

import java.util.List;

/** A user as the admin screens list them. */
public record UserSummary(long id, String username, String displayName, boolean admin, boolean enabled, boolean demo,
                          List<Grant> grants) {
}
