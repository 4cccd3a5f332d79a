package org.tarjima.interchange.okapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.springframework.stereotype.Component;

/**
 * Sentence segmentation with Okapi's SRX engine and its default, language-aware rules
 * (abbreviations such as "Mr." or "e.g." do not end a sentence), with one change of ours: a colon ends a sentence only
 * where a capitalised sentence follows on a new line. Okapi's rules break after every colon followed by a space and
 * anything but a lower-case letter, which cut "Total budget: 12,500.75 USD." and "Note: The office opens at nine." in
 * two: half-sentences a translator cannot reorder and the memory cannot match. The rules are parsed once;
 * a segmenter is compiled per use because Okapi's segmenters are not thread-safe.
 */
@Component
class SrxSentenceSegmenter {

    /** A colon, with closing quotes or brackets after it. */
    private static final String COLON = ":[\\p{Pe}\\p{Pf}\"']*";
    /** Anything but: spaces holding a line break, then a capital (or an opening mark and a capital). */
    private static final String NOT_A_NEW_CAPITALISED_LINE = "(?![^\\S\\n]*\\n\\s*[\\p{Ps}\\p{Pi}\"']*\\p{Lu})";

    private final SRXDocument rules = new SRXDocument();

    SrxSentenceSegmenter() {
        try (InputStream srx = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            if (srx == null) {
                throw new IllegalStateException("Okapi's default SRX rules are missing from the classpath");
            }
            rules.loadRules(srx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // First in every language's rules, so that it is asked before Okapi's "always break at colon".
        for (List<Rule> languageRules : rules.getAllLanguageRules().values()) {
            languageRules.add(0, new Rule(COLON, NOT_A_NEW_CAPITALISED_LINE, false));
        }
    }

    ISegmenter forLocale(String bcp47) {
        synchronized (rules) {
            return rules.compileLanguageRules(LocaleId.fromBCP47(bcp47), null);
        }
    }
}
