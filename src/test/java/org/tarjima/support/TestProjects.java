package org.tarjima.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.project.NewProject;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.SegmentListing;

/**
 * Test data that reads like the domain: {@code projects.aProject().withTargets("ru", "kk").withDocument(seedArticle())}.
 * Every project gets a unique name, so tests never see each other's data.
 */
@Component
public class TestProjects {

    private final ProjectService projects;
    private final DocumentService documents;
    private final SegmentListing listing;
    private final org.tarjima.translation.TranslationService translations;
    private final org.tarjima.security.RunAs runAs;

    TestProjects(ProjectService projects, DocumentService documents, SegmentListing listing,
                 org.tarjima.translation.TranslationService translations, org.tarjima.security.RunAs runAs) {
        this.projects = projects;
        this.documents = documents;
        this.listing = listing;
        this.translations = translations;
        this.runAs = runAs;
    }

    /**
     * Segments 1, 2, … of the document confirmed (TRANSLATED) in the locale with these texts, by that user, as the
     * editor would store them: {@code projects.confirmedBy(created, "aida", "ru", "Первое", "Второе")}.
     */
    public Created confirmedBy(Created created, String username, String locale, String... texts) {
        return runAs.user(username, () -> {
            for (int i = 0; i < texts.length; i++) {
                SegmentRow row = segment(created.document().id(), locale, i + 1);
                translations.confirm(new org.tarjima.translation.TargetEdit(row.segmentId(), locale,
                        org.tarjima.base.text.InlineText.of(texts[i]), row.version(), org.tarjima.translation.Origin.EDITOR));
            }
            return created;
        });
    }

    /** As {@link #confirmedBy}, then approved by a reviewer. */
    public Created approvedBy(Created created, String translator, String reviewer, String locale, String... texts) {
        confirmedBy(created, translator, locale, texts);
        return runAs.user(reviewer, () -> {
            for (int i = 0; i < texts.length; i++) {
                SegmentRow row = segment(created.document().id(), locale, i + 1);
                translations.approve(new org.tarjima.translation.TargetReview(row.segmentId(), locale, row.version(),
                        org.tarjima.translation.Origin.EDITOR));
            }
            return created;
        });
    }

    /** Segment number {@code ordinal} (1-based) of a document with its target in one locale, as stored now. */
    public SegmentRow segment(long documentId, String locale, int ordinal) {
        return listing.page(documentId, locale, StateFilter.ALL, ordinal - 1, 1).get(0);
    }

    public Builder aProject() {
        return new Builder();
    }

    public static Article seedArticle() {
        return new Article("harmony-with-nature.txt", resource("/demo/harmony-with-nature.txt"));
    }

    public static Article article(String resourceName) {
        return new Article(resourceName.substring(resourceName.lastIndexOf('/') + 1), resource(resourceName));
    }

    public static byte[] resource(String name) {
        try (InputStream in = TestProjects.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Article(String fileName, byte[] content) {
    }

    public record Created(ProjectSummary project, DocumentSummary document) {
    }

    public class Builder {
        private List<String> targets = org.tarjima.base.LocaleTag.DEFAULT_TARGETS;
        private String source = "en";

        public Builder withSource(String locale) {
            this.source = locale;
            return this;
        }

        public Builder withTargets(String... locales) {
            this.targets = List.of(locales);
            return this;
        }

        public ProjectSummary create() {
            return projects.create(new NewProject("Test " + UUID.randomUUID(), source, targets));
        }

        public Created withDocument(Article article) {
            ProjectSummary project = create();
            return new Created(project, documents.importSource(project.id(), article.fileName(), article.content()));
        }
    }
}
