package org.tarjima.translation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineTextJson;
import org.tarjima.document.ArticleSegment;
import org.tarjima.document.BlockType;
import org.tarjima.document.DocumentService;
import org.tarjima.translation.SegmentRow;

/**
 * The article as its readers see it (headings, paragraphs, lists): the source, the translation rendered from the
 * current targets (a segment without one shows its source, set apart), or both side by side, block beside block. The
 * current sentence is highlighted and kept in view; clicking a sentence selects its segment; a target saved by anyone
 * shows at once. Only a window of the article around the current segment is rendered, so a 10,000-segment document
 * costs the same as a short one.
 */
public class ArticlePane extends Composite<Div> {

    /** Segments rendered before and after the current one. */
    static final int WINDOW = 120;

    /** What the pane shows. */
    public enum Mode { SOURCE, TRANSLATION, SIDE_BY_SIDE }

    private final DocumentService documents;
    private final long documentId;
    /** The rows (with their targets) from one ordinal to another, for the translation. */
    private final BiFunction<Integer, Integer, List<SegmentRow>> rows;
    private final Div article = new Div();
    private final Div heading = new Div();
    private final Tabs modeTabs;
    private final Map<Integer, List<Element>> rendered = new TreeMap<>();
    private final Map<Integer, Element> sources = new HashMap<>();
    private final Map<Integer, InlineText> sourceTexts = new HashMap<>();
    private final String sourceTitle;
    private final String translationTitle;
    private int firstRendered = Integer.MAX_VALUE;
    private int lastRendered = Integer.MIN_VALUE;
    private int currentOrdinal;
    private Mode mode = Mode.SOURCE;
    private String sourceLocale = "en";
    private String targetLocale = "und";

    /**
     * @param sourceTitle      the pane's title over the source ("Source article · English")
     * @param translationTitle over the translation ("Translation · Russian")
     */
    public ArticlePane(DocumentService documents, long documentId, String sourceTitle, String translationTitle,
                       BiFunction<Integer, Integer, List<SegmentRow>> rows, IntConsumer onSegmentClicked,
                       Consumer<Mode> onModeChosen) {
        this.documents = documents;
        this.documentId = documentId;
        this.rows = rows;
        this.sourceTitle = sourceTitle;
        this.translationTitle = translationTitle;
        Div root = getContent();
        root.addClassName("article-pane");
        root.setId("article-pane");
        heading.addClassName("pane-title");
        heading.setText(sourceTitle);
        Tab source = new Tab(getTranslation("editor.pane.source"));
        source.setId("article-mode-source");
        Tab translation = new Tab(getTranslation("editor.pane.translation"));
        translation.setId("article-mode-translation");
        Tab sideBySide = new Tab(getTranslation("editor.pane.sideBySide"));
        sideBySide.setId("article-mode-side-by-side");
        Tabs modes = new Tabs(source, translation, sideBySide);
        modes.setId("article-modes");
        modes.addClassName("article-modes");
        modes.addSelectedChangeListener(change -> {
            if (change.isFromClient()) {
                Mode chosen = Mode.values()[modes.getSelectedIndex()];
                show(chosen);
                onModeChosen.accept(chosen);
            }
        });
        this.modeTabs = modes;
        Div top = new Div(heading, modes);
        top.addClassName("article-pane-top");
        article.addClassName("article");
        article.getElement().setAttribute("lang", "en");
        root.add(top, article);
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

    /** Marks the glossary terms in the current source sentence ({@code TermMarks} JSON; empty for none). */
    public void markTerms(String marksJson) {
        Element current = sources.get(currentOrdinal);
        if (current != null) {
            current.setProperty("marks", marksJson);
        }
    }

    public void setLocales(String sourceLocale, String targetLocale) {
        this.sourceLocale = sourceLocale;
        this.targetLocale = targetLocale;
        article.getElement().setAttribute("lang", mode == Mode.TRANSLATION ? targetLocale : sourceLocale);
    }

    public Mode mode() {
        return mode;
    }

    /** Shows the article in another mode, around the current segment. */
    public void show(Mode mode) {
        this.mode = mode;
        modeTabs.setSelectedIndex(mode.ordinal());
        heading.setText(mode == Mode.TRANSLATION ? translationTitle : sourceTitle);
        article.getElement().setAttribute("lang", mode == Mode.TRANSLATION ? targetLocale : sourceLocale);
        getContent().setClassName("side-by-side", mode == Mode.SIDE_BY_SIDE);
        if (currentOrdinal > 0) {
            render(Math.max(1, currentOrdinal - WINDOW), currentOrdinal + WINDOW);
            highlight(currentOrdinal);
        }
    }

    /** Highlights the segment, rendering the part of the article around it first if needed. */
    public void highlight(int ordinal) {
        if (ordinal < firstRendered || ordinal > lastRendered) {
            render(Math.max(1, ordinal - WINDOW), ordinal + WINDOW);
        }
        clearHighlight();
        currentOrdinal = ordinal;
        List<Element> current = rendered.getOrDefault(ordinal, List.of());
        for (Element element : current) {
            element.getClassList().add("current");
        }
        if (!current.isEmpty()) {
            // On a page that has just loaded (?segment=13, a new UI language) the pane has no height yet when this
            // runs: scrolling then did nothing. Wait for the layout, and look again once fonts and the list settle.
            current.get(current.size() - 1).executeJs("""
                    const sentence = this;
                    const inView = () => {
                      const pane = sentence.closest('#article-pane');
                      if (!pane || !sentence.isConnected) return true;
                      const s = sentence.getBoundingClientRect(), p = pane.getBoundingClientRect();
                      return p.height > 0 && s.top >= p.top && s.bottom <= Math.min(p.bottom, window.innerHeight);
                    };
                    let tries = 0;
                    const scroll = () => {
                      if (!sentence.isConnected || !sentence.classList.contains('current')) return;
                      if (!inView()) sentence.scrollIntoView({block: 'center'});
                      if (tries++ < 10) setTimeout(() => requestAnimationFrame(scroll), 150);
                    };
                    requestAnimationFrame(scroll);""");
        }
    }

    /** No segment is active: no sentence is highlighted. */
    public void clearHighlight() {
        for (Element previous : rendered.getOrDefault(currentOrdinal, List.of())) {
            previous.getClassList().remove("current");
            previous.setProperty("marks", "");
        }
        currentOrdinal = 0;
    }

    /** A target as stored now (saved here or by a colleague): the translation shows it at once. */
    public void showTarget(SegmentRow row) {
        if (mode == Mode.SOURCE) {
            return;
        }
        List<Element> elements = rendered.getOrDefault(row.ordinal(), List.of());
        if (!elements.isEmpty()) {
            fillTarget(elements.get(elements.size() - 1), row.ordinal(), row.target());
        }
    }

    private void render(int from, int to) {
        article.getElement().removeAllChildren();
        rendered.clear();
        sources.clear();
        sourceTexts.clear();
        List<ArticleSegment> segments = documents.article(documentId, from, to);
        Map<Integer, InlineText> targets = new HashMap<>();
        if (mode != Mode.SOURCE && !segments.isEmpty()) {
            for (SegmentRow row : rows.apply(segments.get(0).ordinal(), segments.get(segments.size() - 1).ordinal())) {
                targets.put(row.ordinal(), row.target());
            }
        }
        Element sourceBlock = null;
        Element targetBlock = null;
        int blockNo = -1;
        for (ArticleSegment segment : segments) {
            if (segment.blockNo() != blockNo) {
                blockNo = segment.blockNo();
                sourceBlock = mode == Mode.TRANSLATION ? null : blockElement(segment.blockType());
                targetBlock = mode == Mode.SOURCE ? null : blockElement(segment.blockType());
                appendBlock(sourceBlock, targetBlock);
            }
            List<Element> elements = new ArrayList<>(2);
            sourceTexts.put(segment.ordinal(), segment.source());
            if (sourceBlock != null) {
                Element sentence = sentence(sourceBlock, segment.ordinal(), "src-seg");
                sentence.setAttribute("id", "source-segment-" + segment.ordinal());
                sentence.setProperty("json", InlineTextJson.write(segment.source()));
                sources.put(segment.ordinal(), sentence);
                elements.add(sentence);
            }
            if (targetBlock != null) {
                Element sentence = sentence(targetBlock, segment.ordinal(), "tgt-seg");
                sentence.setAttribute("id", "translated-segment-" + segment.ordinal());
                fillTarget(sentence, segment.ordinal(), targets.get(segment.ordinal()));
                elements.add(sentence);
            }
            rendered.put(segment.ordinal(), elements);
        }
        firstRendered = segments.isEmpty() ? from : segments.get(0).ordinal();
        lastRendered = segments.isEmpty() ? to : segments.get(segments.size() - 1).ordinal();
    }

    private void appendBlock(Element sourceBlock, Element targetBlock) {
        if (sourceBlock != null && targetBlock != null) {
            Element row = new Element("div");
            row.getClassList().add("side-row");
            sourceBlock.setAttribute("lang", sourceLocale);
            targetBlock.setAttribute("lang", targetLocale);
            row.appendChild(sourceBlock, targetBlock);
            article.getElement().appendChild(row);
        } else {
            article.getElement().appendChild(sourceBlock != null ? sourceBlock : targetBlock);
        }
    }

    private static Element sentence(Element block, int ordinal, String className) {
        if (block.getChildCount() > 0) {
            block.appendChild(Element.createText(" "));
        }
        Element sentence = new Element("tarjima-inline-text");
        sentence.getClassList().add(className);
        sentence.setAttribute("formatted", true);
        sentence.setAttribute("data-ordinal", String.valueOf(ordinal));
        block.appendChild(sentence);
        return sentence;
    }

    /** The translation, or the source set apart where there is none yet. */
    private void fillTarget(Element sentence, int ordinal, InlineText target) {
        boolean missing = target == null || target.isBlank();
        InlineText shown = missing ? sourceTexts.getOrDefault(ordinal, InlineText.of("")) : target;
        sentence.setProperty("json", InlineTextJson.write(shown));
        sentence.getClassList().set("untranslated", missing);
        if (missing) {
            sentence.setAttribute("title", getTranslation("editor.pane.untranslated"));
        } else {
            sentence.removeAttribute("title");
        }
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
