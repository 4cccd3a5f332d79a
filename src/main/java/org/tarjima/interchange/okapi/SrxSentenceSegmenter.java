package org.tarjima.interchange.okapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.springframework.stereotype.Component;

/**
 * Sentence segmentation with Okapi's SRX engine and its default, language-aware rules
 * (abbreviations such as "Mr." or "e.g." do not end a sentence). The rules are parsed once;
 * a segmenter is compiled per use because Okapi's segmenters are not thread-safe.
 */
@Component
class SrxSentenceSegmenter {

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
    }

    ISegmenter forLocale(String bcp47) {
        synchronized (rules) {
            return rules.compileLanguageRules(LocaleId.fromBCP47(bcp47), null);
        }
    }
}
