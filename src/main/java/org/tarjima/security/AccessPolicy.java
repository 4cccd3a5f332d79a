package org.tarjima.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decides what the signed-in user may do. Services call it before they read or write anything that
 * belongs to a project, so the UI and the REST API cannot disagree. Grants are read from the database
 * once per transaction: a revoked role takes effect on the user's next action.
 */
@Service
public class AccessPolicy {

    private static final Object ACTOR_KEY = new Object();

    private final UserRepository users;
    private final CurrentUser currentUser;

    AccessPolicy(UserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /** The signed-in user with their grants. */
    public Actor actor() {
        boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
        if (inTransaction && TransactionSynchronizationManager.getResource(ACTOR_KEY) instanceof Actor cached) {
            return cached;
        }
        String username = currentUser.username();
        Actor actor = users.actor(username).orElseThrow(() -> new NotPermittedException("error.accountDisabled",
                "The account " + username + " is disabled or no longer exists"));
        if (inTransaction) {
            TransactionSynchronizationManager.bindResource(ACTOR_KEY, actor);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ACTOR_KEY);
                }
            });
        }
        return actor;
    }

    public boolean may(Permission permission, long projectId, String locale) {
        return actor().may(permission, projectId, locale);
    }

    /**
     * @param locale the target locale, or null for the project as a whole
     * @throws NotPermittedException when the signed-in user lacks the permission
     */
    public void require(Permission permission, long projectId, String locale) {
        Actor actor = actor();
        if (!actor.may(permission, projectId, locale)) {
            String what = locale == null ? "project " + projectId : locale + " in project " + projectId;
            throw new NotPermittedException("error.notPermitted." + permission.name().toLowerCase(),
                    actor.username() + " may not " + permission.name().toLowerCase() + " " + what, locale);
        }
    }

    public void requireAdmin() {
        Actor actor = actor();
        if (!actor.admin()) {
            throw new NotPermittedException("error.notPermitted.admin", actor.username() + " is not an administrator");
        }
    }

    public void requireProjectCreator() {
        Actor actor = actor();
        if (!actor.mayCreateProjects()) {
            throw new NotPermittedException("error.notPermitted.createProject",
                    actor.username() + " may not create projects");
        }
    }
}
