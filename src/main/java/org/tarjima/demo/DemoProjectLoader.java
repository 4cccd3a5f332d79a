package org.tarjima.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.base.LocaleTag;
import org.tarjima.document.DocumentService;
import org.tarjima.project.NewProject;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;

/**
 * Creates the demo project from the seed article on the first start in demo mode: zero-configuration
 * (no {@code TARJIMA_DB_URL}) unless {@code tarjima.demo} says otherwise. It goes through the same
 * services as a user's import, in one transaction, and never touches an existing project.
 */
@Component
class DemoProjectLoader implements ApplicationRunner {

    static final String PROJECT_NAME = "Harmony with nature";
    static final String ARTICLE = "harmony-with-nature.txt";
    private static final Logger log = LoggerFactory.getLogger(DemoProjectLoader.class);

    private final ProjectService projects;
    private final DocumentService documents;
    private final TransactionTemplate transaction;
    private final boolean demo;

    DemoProjectLoader(ProjectService projects, DocumentService documents, TransactionTemplate transaction,
                      Environment environment) {
        this.projects = projects;
        this.documents = documents;
        this.transaction = transaction;
        this.demo = isDemo(environment);
    }

    /** Demo mode: {@code tarjima.demo} when set, otherwise on exactly when no database URL is configured. */
    static boolean isDemo(Environment environment) {
        String explicit = environment.getProperty("tarjima.demo");
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        String url = environment.getProperty("tarjima.db.url");
        return url == null || url.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || projects.findByName(PROJECT_NAME).isPresent()) {
            return;
        }
        byte[] article = seedArticle();
        try {
            transaction.executeWithoutResult(status -> {
                ProjectSummary project = projects.create(new NewProject(PROJECT_NAME, "en", LocaleTag.DEFAULT_TARGETS));
                documents.importSource(project.id(), ARTICLE, article);
            });
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
