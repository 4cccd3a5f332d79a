package org.tarjima.analysis;

import java.time.Clock;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.project.ProjectService;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.CurrentUser;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.Permission;

/**
 * Rate cards (a project's, or the global default) and who may see what an analysis costs: the project's managers
 * always, its translators and reviewers when a manager shares the costs with them; admins are managers everywhere.
 */
@Service
public class RateCardService {

    private final RateCardRepository repository;
    private final AccessPolicy access;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;

    RateCardService(RateCardRepository repository, AccessPolicy access, ProjectService projects, CurrentUser currentUser,
                    Clock clock) {
        this.repository = repository;
        this.access = access;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The card that prices the project's analyses: its own, else the global default, else {@link RateCard#defaults}.
     * {@link RateCard#projectId()} says whose it is (null: not the project's own).
     *
     * @throws NotPermittedException  when the user may not see the project's costs
     * @throws NoSuchElementException when the project does not exist
     */
    @Transactional(readOnly = true)
    public RateCard projectCard(long projectId) {
        requireProject(projectId);
        if (!maySeeCosts(projectId)) {
            throw new NotPermittedException("error.notPermitted.manage", currentUser.username()
                    + " may not see the costs of project " + projectId);
        }
        return effective(projectId);
    }

    /** The card in effect, without a permission check: for {@link AnalysisService}, which checked already. */
    RateCard effective(long projectId) {
        return repository.find(projectId).or(() -> repository.find(null)).orElseGet(() -> RateCard.defaults(null));
    }

    /**
     * Sets the project's own card.
     *
     * @throws NotPermittedException when the user does not manage the project
     */
    @Transactional
    public RateCard setProjectCard(long projectId, RateCard card) {
        requireProject(projectId);
        access.require(Permission.MANAGE, projectId, null);
        RateCard own = card.forProject(projectId);
        repository.save(own, currentUser.username(), clock.instant());
        return own;
    }

    /**
     * Drops the project's own card: from now on the global default prices it (as if it never had one).
     *
     * @throws NotPermittedException when the user does not manage the project
     */
    @Transactional
    public void useGlobalCard(long projectId) {
        requireProject(projectId);
        access.require(Permission.MANAGE, projectId, null);
        repository.delete(projectId);
    }

    /** Whether the signed-in user may change the global default card (admins). */
    @Transactional(readOnly = true)
    public boolean mayEditGlobalCard() {
        return access.actor().admin();
    }

    /**
     * The global default card (a project without its own is priced with it).
     *
     * @throws NotPermittedException unless the user is an admin
     */
    @Transactional(readOnly = true)
    public RateCard globalCard() {
        access.requireAdmin();
        return repository.find(null).orElseGet(() -> RateCard.defaults(null));
    }

    /** @throws NotPermittedException unless the user is an admin */
    @Transactional
    public RateCard setGlobalCard(RateCard card) {
        access.requireAdmin();
        RateCard global = card.forProject(null);
        repository.save(global, currentUser.username(), clock.instant());
        return global;
    }

    /** Whether the signed-in user may see what the project's analyses cost. */
    @Transactional(readOnly = true)
    public boolean maySeeCosts(long projectId) {
        return access.may(Permission.MANAGE, projectId, null)
                || access.may(Permission.VIEW, projectId, null) && repository.costsShared(projectId);
    }

    /** Whether the project's manager lets its translators and reviewers see costs. */
    @Transactional(readOnly = true)
    public boolean costsShared(long projectId) {
        requireProject(projectId);
        access.require(Permission.VIEW, projectId, null);
        return repository.costsShared(projectId);
    }

    /**
     * Lets the project's translators and reviewers see the costs of its analyses, or stops it.
     *
     * @throws NotPermittedException when the user does not manage the project
     */
    @Transactional
    public void shareCosts(long projectId, boolean shared) {
        requireProject(projectId);
        access.require(Permission.MANAGE, projectId, null);
        repository.shareCosts(projectId, shared);
    }

    private void requireProject(long projectId) {
        if (projects.find(projectId).isEmpty()) {
            throw new NoSuchElementException("Project " + projectId + " does not exist");
        }
    }
}
