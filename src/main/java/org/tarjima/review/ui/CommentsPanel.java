package org.tarjima.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.IntConsumer;
import org.tarjima.base.ui.Notifications;
import org.tarjima.base.ui.Times;
import org.tarjima.review.Comment;
import org.tarjima.review.CommentRefusedException;
import org.tarjima.review.Mentionable;
import org.tarjima.review.ReviewService;
import org.tarjima.translation.TargetReview;

/**
 * The comment thread of the active segment in one locale, with a box to add to it; typing {@code @} in the box
 * offers the people who may read the comment (mentioning one notifies them); Ctrl+Enter posts it.
 */
@JavaScript("context://frontend/components/mention-complete.js")
public class CommentsPanel extends Div {

    private final ReviewService reviews;
    private final Div thread = new Div();
    private final TextArea text = new TextArea();
    private IntConsumer onCount = count -> { };
    private long segmentId;
    private String locale;

    public CommentsPanel(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("comments-panel");
        setId("comments-panel");
        thread.addClassName("comment-thread");
        text.setId("comment-text");
        text.setPlaceholder(getTranslation("comments.placeholder"));
        text.setMaxLength(TargetReview.COMMENT_MAX_LENGTH);
        text.setWidthFull();
        Button add = new Button(getTranslation("comments.add"), click -> addComment());
        add.setId("add-comment");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // Ctrl+Enter in the box posts the comment, as in chat and issue trackers; without this it would bubble to the
        // editor, which in review mode approves the segment on Ctrl+Enter. The focus reset sends what was just typed.
        Shortcuts.addShortcutListener(text, this::addComment, Key.ENTER, KeyModifier.CONTROL).listenOn(text)
                .resetFocusOnActiveElement();
        form = new Div(text, add);
        form.addClassName("comment-form");
        add(thread, form);
    }

    private final Div form;

    /** The locale whose people the box offers: the editor stays in one project and locale, so they are read once. */
    private String mentionsLocale;

    private void offerMentions(long segment, String targetLocale) {
        if (targetLocale.equals(mentionsLocale)) {
            text.getElement().executeJs("window.tarjimaMentionComplete && window.tarjimaMentionComplete(this)");
            return;
        }
        mentionsLocale = targetLocale;
        elemental.json.JsonArray people = elemental.json.Json.createArray();
        for (Mentionable person : reviews.mentionable(segment, targetLocale)) {
            elemental.json.JsonObject entry = elemental.json.Json.createObject();
            entry.put("username", person.username());
            entry.put("displayName", person.displayName());
            people.set(people.length(), entry);
        }
        text.getElement().setAttribute("data-mentions", people.toJson());
        text.getElement().executeJs("window.tarjimaMentionComplete && window.tarjimaMentionComplete(this)");
    }

    /** No segment: no thread and nothing to comment on. */
    public void clear() {
        thread.removeAll();
        form.setVisible(false);
    }

    /** Called with the number of comments whenever the thread is shown, for the tab's label. */
    public void onCount(IntConsumer listener) {
        this.onCount = listener;
    }

    public void show(long segment, String targetLocale) {
        form.setVisible(true);
        this.segmentId = segment;
        this.locale = targetLocale;
        offerMentions(segment, targetLocale);
        List<Comment> comments = reviews.comments(segment, targetLocale);
        thread.removeAll();
        if (comments.isEmpty()) {
            Span empty = new Span(getTranslation("comments.empty"));
            empty.addClassName("empty-hint");
            thread.add(empty);
        }
        for (Comment comment : comments) {
            thread.add(item(comment));
        }
        onCount.accept(comments.size());
    }

    private Div item(Comment comment) {
        Span author = new Span(comment.author());
        author.addClassName("comment-author");
        Span when = new Span(Times.format(comment.createdAt(), getLocale()));
        when.addClassName("comment-time");
        Div header = new Div(author, when);
        header.addClassName("comment-header");
        if (comment.rejection()) {
            Span badge = new Span(getTranslation("comments.rejection"));
            badge.addClassName("rejection-badge");
            header.add(badge);
        }
        // Text, never HTML: a comment is shown exactly as it was typed.
        Div body = new Div();
        body.setText(comment.body());
        body.addClassName("comment-body");
        Div item = new Div(header, body);
        item.addClassName("comment");
        if (comment.rejection()) {
            item.addClassName("rejection");
        }
        item.setId("comment-" + comment.id());
        return item;
    }

    private void addComment() {
        if (text.getValue().isBlank() || locale == null) {
            return;
        }
        try {
            reviews.addComment(segmentId, locale, text.getValue());
            text.clear();
            show(segmentId, locale);
        } catch (CommentRefusedException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }
}
