package org.tarjima.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * Every screen's route, by name: the templates the views are registered under and the paths that lead to them. A
 * feature's view links to another feature's screen through these, never by importing its view class, so the UI
 * packages depend on each other one way only.
 */
public final class Routes {

    public static final String DASHBOARD = "";
    public static final String PROJECT = "projects/:projectId";
    public static final String PROJECT_GLOSSARY = "projects/:projectId/glossary";
    public static final String GLOBAL_GLOSSARY = "glossary";
    public static final String EDITOR = "documents/:documentId/:locale";
    public static final String QA_REPORT = "documents/:documentId/:locale/qa";
    public static final String MEMORY = "memory";
    public static final String REVIEW_QUEUE = "review-queue";
    public static final String ADMIN = "admin";
    /** The global default rate card (administrators). */
    public static final String RATE_CARD = "admin/rate-card";
    public static final String MY_WORK = "my-work";
    public static final String LOGIN = "login";

    private Routes() {
    }

    public static String project(long projectId) {
        return "projects/" + projectId;
    }

    public static String projectGlossary(long projectId) {
        return project(projectId) + "/glossary";
    }

    public static String editor(long documentId, String locale) {
        return "documents/" + documentId + "/" + locale;
    }

    /** The editor opened at a segment ({@code ?segment=}). */
    public static String editorAt(long documentId, String locale, int ordinal) {
        return editor(documentId, locale) + "?segment=" + ordinal;
    }

    public static String qaReport(long documentId, String locale) {
        return editor(documentId, locale) + "/qa";
    }

    /** A link that navigates inside the application (no page load), like a RouterLink, to a path of this class. */
    public static Anchor link(String text, String path) {
        Anchor link = link(path);
        link.setText(text);
        return link;
    }

    /** As {@link #link(String, String)}, for a link whose content is added by the caller (an icon and a label). */
    public static Anchor link(String path) {
        Anchor link = new Anchor();
        link.setHref(href(path));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** The href of a path: the application's root is ".", relative to the page's base like every other path. */
    public static String href(String path) {
        return path.isEmpty() ? "." : path;
    }
}
