package org.tarjima.translation.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tarjima.document.DocumentService;
import org.tarjima.document.ui.DocumentLocaleRoute;
import org.tarjima.project.ProjectService;
import org.tarjima.review.ReviewService;
import org.tarjima.security.AccessPolicy;
import org.tarjima.translation.SegmentListing;
import org.tarjima.translation.TranslationService;

/** Opens an {@link EditorSession} for the document and locale of the editor's route, with the services it works through. */
@Component
class EditorSessions {

    private final TranslationService translations;
    private final SegmentListing listing;
    private final DocumentService documents;
    private final ProjectService projects;
    private final ReviewService reviews;
    private final AccessPolicy access;
    private final EditorAids aids;

    EditorSessions(TranslationService translations, SegmentListing listing, DocumentService documents,
                   ProjectService projects, ReviewService reviews, AccessPolicy access, EditorAids aids,
                   org.tarjima.translation.ReplaceService replacing) {
        this.replacing = replacing;
        this.translations = translations;
        this.listing = listing;
        this.documents = documents;
        this.projects = projects;
        this.reviews = reviews;
        this.access = access;
        this.aids = aids;
    }

    /** The session for the route's document and locale; empty when the route forwarded elsewhere (not found, no right). */
    Optional<EditorSession> open(BeforeEnterEvent event) {
        return DocumentLocaleRoute.resolve(event, documents, projects)
                .map(route -> open(route.document(), route.project(), route.locale()));
    }

    /** The session for a document and one of its project's locales, as the signed-in user. */
    EditorSession open(org.tarjima.document.DocumentSummary document, org.tarjima.project.ProjectSummary project,
                       String locale) {
        return new EditorSession(translations, listing, reviews, access, aids, document, project, locale);
    }

    org.tarjima.security.Actor actor() {
        return access.actor();
    }

    DocumentService documents() {
        return documents;
    }

    ReviewService reviews() {
        return reviews;
    }

    private final org.tarjima.translation.ReplaceService replacing;

    org.tarjima.translation.ReplaceService replacing() {
        return replacing;
    }

    TranslationService translations() {
        return translations;
    }
}
