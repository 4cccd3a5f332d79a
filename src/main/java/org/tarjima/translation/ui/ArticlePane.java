package org.tarjima.translation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementFactory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.tarjima.base.text.InlineTextJson;
import org.tarjima.document.ArticleSegment;
import org.tarjima.document.BlockType;
import org.tarjima.document.DocumentService;

/**
 * The source article as its readers see it (headings, paragraphs, lists), with the current sentence
 * highlighted and kept in view; clicking a sentence selects its segment. Only a window of the article
 * around the current segment is rendered, so a 10,000-segment document costs the same as a short one.
 */
public class ArticlePane extends Composite<Div> {

    /** Segments rendered before and after the current one. */
    static final int WINDOW = 120;

    private final DocumentService documents;
    private final long documentId;
    private final Div article = new Div();
    private final Map<Integer, Element> rendered = new TreeMap<>();
    private int firstRendered = Integer.MAX_VALUE;
    private int lastRendered = Integer.MIN_VALUE;
    private Element current;

    public ArticlePane(DocumentService documents, long documentId, String title, IntConsumer onSegmentClicked) {
        this.documents = documents;
        this.documentId = documentId;
        Div root = getContent();
        root.addClassName("article-pane");
        root.setId("article-pane");
        Div heading = new Div(title);
        heading.addClassName("pane-title");
        article.addClassName("article");
        article.getElement().setAttribute("lang", "en");
        root.add(heading, article);
        String ordinalOfClick = "event.target.closest && event.target.closest('[data-ordinal]')"
                + " ? event.target.closest('[data-ordinal]').dataset.ordinal : ''";
        article.getElement().addEventListener("click", click -> {
            String ordinal = click.getEventData().getString(ordinalOfClick);
            if (ordinal != null && !ordinal.isEmpty()) {
                onSegmentClicked.accept(Integer.parseInt(ordinal));
            }
        }).addEventData(ordinalOfClick);
    }

    /**
     * Called with the hit (1-based, as the glossary panel lists them) of a glossary term clicked in the current
     * sentence.
     */
    public void onTermClicked(IntConsumer listener) {
        article.getElement().addEventListener("tarjima-term", event -> listener.accept(
                (int) event.getEventData().getNumber("event.detail.hit"))).addEventData("event.detail.hit");
    }

    /** Marks the glossary terms in the current sentence ({@code TermMarks} JSON; empty for none). */
    public void markTerms(String marksJson) {
        if (current != null) {
            current.setProperty("marks", marksJson);
        }
    }

    public void setSourceLocale(String locale) {
        article.getElement().setAttribute("lang", locale);
    }

    /** Highlights the segment, rendering the part of the article around it first if needed. */
    public void highlight(int ordinal) {
        if (ordinal < firstRendered || ordinal > lastRendered) {
            render(Math.max(1, ordinal - WINDOW), ordinal + WINDOW);
        }
        if (current != null) {
            current.getClassList().remove("current");
            current.setProperty("marks", "");
        }
        current = rendered.get(ordinal);
        if (current != null) {
            current.getClassList().add("current");
            current.executeJs("this.scrollIntoView({block: 'center'})");
        }
    }

    private void render(int from, int to) {
        article.getElement().removeAllChildren();
        rendered.clear();
        current = null;
        List<ArticleSegment> segments = documents.article(documentId, from, to);
        Element block = null;
        int blockNo = -1;
        for (ArticleSegment segment : segments) {
            if (segment.blockNo() != blockNo) {
                blockNo = segment.blockNo();
                block = blockElement(segment.blockType());
                article.getElement().appendChild(block);
            } else {
                block.appendChild(Element.createText(" "));
            }
            Element sentence = new Element("tarjima-inline-text");
            sentence.getClassList().add("src-seg");
            sentence.setAttribute("formatted", true);
            sentence.setAttribute("data-ordinal", String.valueOf(segment.ordinal()));
            sentence.setAttribute("id", "source-segment-" + segment.ordinal());
            sentence.setProperty("json", InlineTextJson.write(segment.source()));
            block.appendChild(sentence);
            rendered.put(segment.ordinal(), sentence);
        }
        firstRendered = segments.isEmpty() ? from : segments.get(0).ordinal();
        lastRendered = segments.isEmpty() ? to : segments.get(segments.size() - 1).ordinal();
    }

    private static Element blockElement(BlockType type) {
        return switch (type) {
            case TITLE, HEADING_1 -> ElementFactory.createHeading1();
            case HEADING_2 -> ElementFactory.createHeading2();
            case HEADING_3 -> ElementFactory.createHeading3();
            case HEADING_4 -> ElementFactory.createHeading4();
            case HEADING_5 -> ElementFactory.createHeading5();
            case HEADING_6 -> ElementFactory.createHeading6();
            case LIST_ITEM -> ElementFactory.createListItem();
            case QUOTE -> new Element("blockquote");
            case PARAGRAPH, CELL -> ElementFactory.createParagraph();
        };
    }
}
