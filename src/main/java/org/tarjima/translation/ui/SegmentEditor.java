package org.tarjima.translation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineTextJson;

/**
 * The target editor ({@code <tarjima-segment-editor>}): inline codes are atomic chips that typing
 * cannot break; the source's codes missing from the target are offered for re-insertion.
 * Keyboard: Ctrl+Enter confirms, Ctrl+Up/Down moves, Ctrl+Shift+Enter goes to the next open segment,
 * Ctrl+Space copies the source, Ctrl+Shift+Space the pivot translation, Esc leaves the field. Typing sends a draft
 * after a short pause. Unknown words are underlined; right-click or Ctrl+. on one asks for suggestions.
 */
@Tag("tarjima-segment-editor")
@JavaScript("context://frontend/components/tarjima-text.js")
public class SegmentEditor extends Component {

    private String draftKey;

    public SegmentEditor(InlineText source, InlineText value, String locale) {
        getElement().setProperty("source", InlineTextJson.write(source));
        getElement().setAttribute("lang", locale);
        setValue(value);
        // The offer to restore kept text is the element's own; its words come from the bundles. "{time}" is filled
        // in by the browser, in the browser's clock.
        getElement().setProperty("unsavedLabels", "{\"kept\":" + quoted(getTranslation("editor.unsavedKept", "{time}"))
                + ",\"restore\":" + quoted(getTranslation("editor.unsavedRestore"))
                + ",\"discard\":" + quoted(getTranslation("editor.unsavedDiscard")) + "}");
        getElement().setProperty("spellingLabels", "{\"add\":" + quoted(getTranslation("spelling.addToDictionary"))
                + ",\"none\":" + quoted(getTranslation("spelling.noSuggestions")) + "}");
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pivot translation (Russian) that Ctrl+Shift+Space copies into the field, codes and all. */
    public void setPivot(InlineText pivot) {
        getElement().setProperty("pivot", InlineTextJson.write(pivot));
    }

    /**
     * Where the browser keeps typed text until it is stored (one key per user, document, locale and segment): with a
     * key, text typed when the session has expired or the connection is gone survives a reload, a new sign-in or a
     * closed tab, and is offered back (Restore / Discard) when the segment is opened again.
     */
    public void setDraftKey(String key) {
        this.draftKey = key;
        getElement().setProperty("draftKey", key);
    }

    /** The key for a user's text in one segment and locale of a document. */
    public static String draftKey(String username, long documentId, String locale, long segmentId) {
        return username + "/" + documentId + "/" + locale + "/" + segmentId;
    }

    /**
     * Call when {@code stored} is saved: the browser's kept copy of that text is dropped (newer typing stays kept).
     * Runs through the page, so it holds even when this editor is replaced in the same round trip.
     */
    public void markStored(InlineText stored) {
        if (draftKey != null) {
            UI.getCurrent().getPage().executeJs("window.tarjimaUnsaved && window.tarjimaUnsaved.markStored($0, $1)",
                    draftKey, InlineTextJson.write(stored));
        }
    }

    /** Call when the person decided about their text elsewhere (e.g. took a colleague's in the conflict dialog). */
    public void forgetUnsaved() {
        if (draftKey != null) {
            UI.getCurrent().getPage().executeJs("window.tarjimaUnsaved && window.tarjimaUnsaved.forget($0)", draftKey);
        }
    }

    /** Replaces the content (e.g. with a colleague's version); discards unsent typing. */
    public void setValue(InlineText value) {
        getElement().setProperty("value", InlineTextJson.write(value));
    }

    /**
     * Takes the text typed in the last moments and not yet sent as a draft (the autosave pause), if any: the browser
     * will not send it. Answers on the UI thread; with nothing when there was no such typing or the page is gone.
     */
    public void takeUnsent(Consumer<Optional<InlineText>> then) {
        getElement().callJsFunction("takeUnsent").then(String.class,
                json -> then.accept(json == null || json.isEmpty() ? Optional.empty() : Optional.of(InlineTextJson.read(json))),
                error -> then.accept(Optional.empty()));
    }

    /** The unknown words of the text as last checked, underlined where they still read the same. */
    public void setMisspellings(List<Misspelt> words) {
        getElement().setProperty("misspellings", quotedList(words));
    }

    /** A word the spelling check does not know, by plain-text offsets (codes count nothing). */
    public record Misspelt(int start, int end, String word) {
    }

    /** Opens the suggestions menu under a word the person asked about (right-click or Ctrl+.). */
    public void showSpellingMenu(Misspelt word, List<String> suggestions) {
        try {
            getElement().callJsFunction("showSpellingMenu", JSON.writeValueAsString(java.util.Map.of("word", word.word(),
                    "start", word.start(), "end", word.end(), "suggestions", suggestions)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quotedList(List<Misspelt> words) {
        try {
            return JSON.writeValueAsString(words);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Registration addSpellingListener(ComponentEventListener<SpellingEvent> listener) {
        return addListener(SpellingEvent.class, listener);
    }

    public Registration addWordListener(ComponentEventListener<AddWordEvent> listener) {
        return addListener(AddWordEvent.class, listener);
    }

    /** Right-click on an underlined word, or Ctrl+. in one: the person wants suggestions. */
    @DomEvent("tarjima-spelling")
    public static class SpellingEvent extends ContentEvent {
        private final Misspelt word;

        public SpellingEvent(SegmentEditor source, boolean fromClient, @EventData("event.detail.json") String json,
                             @EventData("event.detail.word") String word, @EventData("event.detail.start") int start,
                             @EventData("event.detail.end") int end) {
            super(source, fromClient, json);
            this.word = new Misspelt(start, end, word);
        }

        public Misspelt word() {
            return word;
        }
    }

    /** "Add to dictionary" chosen in the menu; the content is the text as it reads now, to check again. */
    @DomEvent("tarjima-add-word")
    public static class AddWordEvent extends ContentEvent {
        private final String word;

        public AddWordEvent(SegmentEditor source, boolean fromClient, @EventData("event.detail.json") String json,
                            @EventData("event.detail.word") String word) {
            super(source, fromClient, json);
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public void setStatus(String status) {
        getElement().setProperty("status", status);
    }

    public void setPlaceholder(String placeholder) {
        getElement().setProperty("placeholder", placeholder);
    }

    /** Focus the text with the caret at the end as soon as the editor is shown. */
    public void setFocusOnAttach(boolean focus) {
        getElement().setProperty("focusOnAttach", focus);
    }

    /** Inserts text at the caret (or the end) as if typed; it is saved with the next draft. */
    public void insertText(String text) {
        getElement().callJsFunction("insertText", text);
    }

    public Registration addDraftListener(ComponentEventListener<DraftEvent> listener) {
        return addListener(DraftEvent.class, listener);
    }

    public Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }

    /** Ctrl+1..9 (kind "memory") or Ctrl+Shift+1..9 (kind "glossary") pressed in the editor. */
    public Registration addInsertListener(ComponentEventListener<InsertEvent> listener) {
        return addListener(InsertEvent.class, listener);
    }

    public Registration addNavigateListener(ComponentEventListener<NavigateEvent> listener) {
        return addListener(NavigateEvent.class, listener);
    }

    /** Base of the editor's events: the content as typed, codes by reference only. */
    public abstract static class ContentEvent extends ComponentEvent<SegmentEditor> {
        private final String json;

        ContentEvent(SegmentEditor source, boolean fromClient, String json) {
            super(source, fromClient);
            this.json = json;
        }

        /** The typed content; code references still need resolving against the source. */
        public InlineText content() {
            return InlineTextJson.read(json);
        }
    }

    @DomEvent("tarjima-draft")
    public static class DraftEvent extends ContentEvent {
        public DraftEvent(SegmentEditor source, boolean fromClient, @EventData("event.detail.json") String json) {
            super(source, fromClient, json);
        }
    }

    @DomEvent("tarjima-confirm")
    public static class ConfirmEvent extends ContentEvent {
        public ConfirmEvent(SegmentEditor source, boolean fromClient, @EventData("event.detail.json") String json) {
            super(source, fromClient, json);
        }
    }

    @DomEvent("tarjima-navigate")
    public static class NavigateEvent extends ComponentEvent<SegmentEditor> {
        private final String direction;

        public NavigateEvent(SegmentEditor source, boolean fromClient,
                             @EventData("event.detail.direction") String direction) {
            super(source, fromClient);
            this.direction = direction;
        }

        /** {@code next}, {@code previous} or {@code next-todo}. */
        public String direction() {
            return direction;
        }
    }

    @DomEvent("tarjima-insert")
    public static class InsertEvent extends ComponentEvent<SegmentEditor> {
        private final int number;
        private final String kind;

        public InsertEvent(SegmentEditor source, boolean fromClient, @EventData("event.detail.number") int number,
                           @EventData("event.detail.kind") String kind) {
            super(source, fromClient);
            this.number = number;
            this.kind = kind;
        }

        public int number() {
            return number;
        }

        public boolean glossary() {
            return "glossary".equals(kind);
        }
    }
}
