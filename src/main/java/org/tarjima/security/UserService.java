package org.tarjima.security;

import org.tarjima.base.UserInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.LocaleTag;

/**
 * Users, their roles and their personal access tokens. Managing users is for admins; a project's
 * manager may grant and revoke roles in that project; everyone manages their own tokens and language.
 */
@Service
public class UserService {

    /** Letters, digits and . _ - @ (so e-mail addresses work as user names); no spaces. */
    static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1," + CurrentUser.MAX_USERNAME_LENGTH + "}");
    /** Tokens start with a recognisable prefix so that secret scanners and people can tell what leaked. */
    static final String TOKEN_PREFIX = "tjp_";
    /** Enough to catch a typo, not a full RFC 5322 parser: the mail server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserRepository users;
    private final AccessPolicy access;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserService(UserRepository users, AccessPolicy access, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.access = access;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Every user with their grants (admins only). */
    @Transactional(readOnly = true)
    public List<UserSummary> users() {
        access.requireAdmin();
        return users.list();
    }

    /** One user with their grants (admins only). */
    @Transactional(readOnly = true)
    public Optional<UserSummary> user(String username) {
        access.requireAdmin();
        return users.summary(username);
    }

    /**
     * Creates a user (admins only).
     *
     * @throws UserInputException (an IllegalArgumentException with a message key for the UI) when a field is not
     *                            acceptable or the name is taken
     */
    @Transactional
    public UserSummary createUser(NewUser request) {
        access.requireAdmin();
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new UserInputException("error.user.nameInvalid", "A user name has 1 to " + CurrentUser.MAX_USERNAME_LENGTH
                    + " letters, digits or . _ - @, without spaces", CurrentUser.MAX_USERNAME_LENGTH);
        }
        if (users.findByUsername(username).isPresent()) {
            throw new UserInputException("error.user.nameTaken", "A user named '" + username + "' already exists", username);
        }
        String displayName = request.displayName() == null || request.displayName().isBlank() ? username
                : request.displayName().strip();
        if (displayName.length() > NewUser.DISPLAY_NAME_MAX_LENGTH) {
            throw new UserInputException("error.user.displayNameTooLong",
                    "A display name has at most " + NewUser.DISPLAY_NAME_MAX_LENGTH + " characters", NewUser.DISPLAY_NAME_MAX_LENGTH);
        }
        checkPassword(request.password());
        users.insert(username, displayName, passwords.encode(request.password()), request.admin(), false, clock.instant());
        return users.summary(username).orElseThrow();
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < NewUser.PASSWORD_MIN_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > NewUser.PASSWORD_MAX_LENGTH) {
            throw new UserInputException("error.user.passwordLength", "A password has " + NewUser.PASSWORD_MIN_LENGTH + " to "
                    + NewUser.PASSWORD_MAX_LENGTH + " bytes", NewUser.PASSWORD_MIN_LENGTH, NewUser.PASSWORD_MAX_LENGTH);
        }
    }

    /** Sets another user's password (admins only). */
    @Transactional
    public void setPassword(String username, String password) {
        access.requireAdmin();
        checkPassword(password);
        users.setPassword(existing(username).id(), passwords.encode(password));
    }

    /**
     * Enables or disables a user (admins only). A disabled user's session and tokens stop working at their next
     * call; an admin cannot disable themselves (someone must be able to undo it).
     */
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        Actor actor = access.actor();
        access.requireAdmin();
        UserSummary user = existing(username);
        if (!enabled && user.id() == actor.id()) {
            throw new UserInputException("error.user.disableSelf", "You cannot disable your own account");
        }
        users.setEnabled(user.id(), enabled);
    }

    /** A role request: project null means every project (admins only); locale null means every locale. */
    public record RoleRequest(Long projectId, String locale, ProjectRole role) {
    }

    /**
     * Grants a role. Admins grant anything; a project's manager grants roles in that project.
     *
     * @throws UserInputException when the project or locale does not exist
     */
    @Transactional
    public UserSummary grant(String username, RoleRequest request) {
        UserSummary user = existing(username);
        checkGrantable(request);
        users.insertGrant(user.id(), request.projectId(), locale(request), request.role(), clock.instant(),
                access.actor().username());
        return users.summary(user.username()).orElseThrow();
    }

    /** Takes a role away, with the same rights as {@link #grant}. */
    @Transactional
    public void revokeGrant(long grantId) {
        UserRepository.GrantOwner owner = users.grantOwner(grantId)
                .orElseThrow(() -> new UserInputException("error.role.notFound", "Role " + grantId + " does not exist"));
        requireMayAssign(owner.projectId());
        users.deleteGrant(grantId);
    }

    /** Replaces all of a user's roles with the given ones (admins only): what PUT of a user's roles means. */
    @Transactional
    public UserSummary replaceRoles(String username, List<RoleRequest> roles) {
        access.requireAdmin();
        UserSummary user = existing(username);
        for (RoleRequest role : roles) {
            checkGrantable(role);
        }
        users.deleteGrants(user.id());
        for (RoleRequest role : roles) {
            users.insertGrant(user.id(), role.projectId(), locale(role), role.role(), clock.instant(),
                    access.actor().username());
        }
        return users.summary(user.username()).orElseThrow();
    }

    private void checkGrantable(RoleRequest request) {
        if (request.role() == null) {
            throw new UserInputException("error.role.missing", "A role is MANAGER, TRANSLATOR or REVIEWER");
        }
        requireMayAssign(request.projectId());
        if (request.projectId() == null) {
            if (request.locale() != null) {
                throw new UserInputException("error.role.localeWithoutProject", "A locale can only be granted within a project");
            }
            return;
        }
        if (!users.projectExists(request.projectId())) {
            throw new UserInputException("error.projectNotFound", "Project " + request.projectId() + " does not exist");
        }
        String locale = locale(request);
        if (locale != null && !users.targetLocales(request.projectId()).contains(locale)) {
            throw new UserInputException("error.localeNotInProject",
                    locale + " is not a target locale of project " + request.projectId(), locale);
        }
    }

    private void requireMayAssign(Long projectId) {
        if (projectId == null) {
            access.requireAdmin();
        } else {
            access.require(Permission.MANAGE, projectId, null);
        }
    }

    private static String locale(RoleRequest request) {
        // A manager's role covers the whole project; a locale on it would suggest otherwise.
        if (request.locale() == null || request.locale().isBlank() || request.role() == ProjectRole.MANAGER) {
            return null;
        }
        return LocaleTag.canonical(request.locale());
    }

    private UserSummary existing(String username) {
        return users.summary(username == null ? "" : username)
                .orElseThrow(() -> new UserInputException("error.user.notFound", "No user named '" + username + "'", username));
    }

    /**
     * Another enabled person with their grants, for features that decide on someone's behalf (may they be assigned
     * a locale, may they see what they are notified about); empty for an unknown or disabled name.
     */
    @Transactional(readOnly = true)
    public Optional<Actor> person(String username) {
        return username == null ? Optional.empty() : users.actor(username);
    }

    /** Every enabled user, whom a manager of the project may assign work to (granting a role if need be). */
    @Transactional(readOnly = true)
    public List<Actor> assignable(long projectId) {
        access.require(Permission.MANAGE, projectId, null);
        return enabledActors().toList();
    }

    /** The enabled users who may see the locale of the project (whom a comment there can mention). */
    @Transactional(readOnly = true)
    public List<Actor> colleagues(long projectId, String locale) {
        access.require(Permission.VIEW, projectId, locale);
        return enabledActors().filter(a -> a.may(Permission.VIEW, projectId, locale)).toList();
    }

    private java.util.stream.Stream<Actor> enabledActors() {
        return users.list().stream().filter(UserSummary::enabled)
                .map(u -> new Actor(u.id(), u.username(), u.displayName(), u.admin(), u.grants()));
    }

    /** The signed-in user with their grants. */
    public Actor me() {
        return access.actor();
    }

    /** A user's e-mail address for notifications, if one is set (admins only). */
    @Transactional(readOnly = true)
    public Optional<String> email(String username) {
        access.requireAdmin();
        return users.email(existing(username).id());
    }

    /**
     * Sets or (blank or null) removes a user's e-mail address for notifications (admins only).
     *
     * @throws UserInputException when it does not look like an address or is longer than {@link MailContact#EMAIL_MAX_LENGTH}
     */
    @Transactional
    public void setEmail(String username, String email) {
        access.requireAdmin();
        UserSummary user = existing(username);
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty() && (address.length() > MailContact.EMAIL_MAX_LENGTH || !EMAIL.matcher(address).matches())) {
            throw new UserInputException("error.user.emailInvalid", "'" + address + "' is not an e-mail address (name@example.org, at most "
                    + MailContact.EMAIL_MAX_LENGTH + " characters)", MailContact.EMAIL_MAX_LENGTH);
        }
        users.setEmail(user.id(), address.isEmpty() ? null : address);
    }

    /**
     * Where and in which language to send a person's notifications by e-mail: for the notification channels, which
     * run after the change that caused it and on behalf of nobody in particular, so no permission is checked.
     * Empty for an unknown or disabled user.
     */
    @Transactional(readOnly = true)
    public Optional<MailContact> mailContact(String username) {
        return users.contact(username);
    }

    /** The UI language the signed-in user chose last, if any. */
    @Transactional(readOnly = true)
    public Optional<Locale> uiLanguage() {
        return users.uiLanguage(access.actor().id()).map(Locale::forLanguageTag);
    }

    @Transactional
    public void setUiLanguage(Locale language) {
        users.setUiLanguage(access.actor().id(), language.toLanguageTag());
    }

    /** Creates a personal access token for the signed-in user; the secret is in the result and nowhere else. */
    @Transactional
    public CreatedToken createToken(String name) {
        Actor actor = access.actor();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > AccessTokenInfo.NAME_MAX_LENGTH) {
            throw new UserInputException("error.token.name",
                    "A token needs a name of 1 to " + AccessTokenInfo.NAME_MAX_LENGTH + " characters", AccessTokenInfo.NAME_MAX_LENGTH);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // PostgreSQL keeps microseconds: the token described here is the one a later read returns.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long id = users.insertToken(actor.id(), label, hash(secret), now);
        return new CreatedToken(new AccessTokenInfo(id, label, now, null, null), secret);
    }

    /** The signed-in user's tokens, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    public List<AccessTokenInfo> myTokens() {
        return users.tokens(access.actor().id());
    }

    /** Revokes a token of the signed-in user's (admins: anyone's); it stops working at once. */
    @Transactional
    public void revokeToken(long tokenId) {
        Actor actor = access.actor();
        long owner = users.tokenOwner(tokenId)
                .orElseThrow(() -> new UserInputException("error.token.notFound", "Token " + tokenId + " does not exist"));
        if (owner != actor.id() && !actor.admin()) {
            // The same answer as for a token that does not exist: no probing for other users' token ids.
            throw new UserInputException("error.token.notFound", "Token " + tokenId + " does not exist");
        }
        users.revokeToken(tokenId, clock.instant());
    }

    /** The enabled user a presented token belongs to; empty for unknown, revoked or disabled. */
    @Transactional
    public Optional<TarjimaUser> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Optional<TarjimaUser> user = users.findByTokenHash(hash).filter(TarjimaUser::isEnabled);
        user.ifPresent(u -> users.tokenUsed(hash, clock.instant()));
        return user;
    }

    /** Whether demo users exist: only in a database that was created in demo mode. */
    @Transactional(readOnly = true)
    public boolean demoUsersExist() {
        return users.anyDemoUser();
    }

    static String hash(String secret) {
        try {
            // The secret has 256 bits of entropy: a fast hash is enough (no dictionary to guess from).
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
