package org.tarjima.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.base.DemoMode;
import org.tarjima.base.LocaleTag;
import org.tarjima.document.DocumentService;
import org.tarjima.project.NewProject;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.security.UserService.RoleRequest;

/**
 * Creates the demo project from the seed article (as text, and as a Word document made by {@link DemoDocument}) on
 * the first start in demo mode, and gives the demo users
 * their roles in it: {@code translator} translates kk and ru, {@code reviewer} reviews ru. It runs as the
 * administrator through the same services as a user's import, in one transaction, and never touches an
 * existing project.
 */
@Component
class DemoProjectLoader implements ApplicationRunner {

    static final String PROJECT_NAME = "Harmony with nature";
    static final String ARTICLE = "harmony-with-nature.txt";
    private static final Logger log = LoggerFactory.getLogger(DemoProjectLoader.class);

    private final ProjectService projects;
    private final DocumentService documents;
    private final UserService users;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final boolean demo;

    DemoProjectLoader(ProjectService projects, DocumentService documents, UserService users, RunAs runAs,
                      TransactionTemplate transaction, DemoMode demo) {
        this.projects = projects;
        this.documents = documents;
        this.users = users;
        this.runAs = runAs;
        this.transaction = transaction;
        this.demo = demo.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || projects.nameTaken(PROJECT_NAME)) {
            return;
        }
        byte[] article = seedArticle();
        try {
            runAs.admin(() -> transaction.execute(status -> {
                ProjectSummary project = projects.create(new NewProject(PROJECT_NAME, "en", LocaleTag.DEFAULT_TARGETS));
                documents.importSource(project.id(), ARTICLE, article);
                // The same article as a Word document: inline codes in the editor and the Word round trip on day one.
                documents.importSource(project.id(), DemoDocument.FILE_NAME, DemoDocument.docx());
                if (users.demoUsersExist()) {
                    users.replaceRoles("translator", List.of(new RoleRequest(project.id(), "kk", ProjectRole.TRANSLATOR),
                            new RoleRequest(project.id(), "ru", ProjectRole.TRANSLATOR)));
                    users.replaceRoles("reviewer", List.of(new RoleRequest(project.id(), "ru", ProjectRole.REVIEWER)));
                }
                return project;
            }));
            log.info("Demo project '{}' created from {}", PROJECT_NAME, ARTICLE);
        } catch (IllegalArgumentException | DataIntegrityViolationException e) {
            // Another node starting on the same database created it first.
            log.info("Demo project '{}' already exists", PROJECT_NAME);
        }
    }

    static byte[] seedArticle() {
        try (InputStream in = DemoProjectLoader.class.getResourceAsStream("/demo/" + ARTICLE)) {
            if (in == null) {
                throw new IllegalStateException("The demo article /demo/" + ARTICLE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
