package org.tarjima.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tarjima.base.text.InlineText;
import org.tarjima.interchange.xliff.XliffHeader;
import org.tarjima.interchange.xliff.XliffUnit;
import org.tarjima.translation.TargetState;

/**
 * Deterministic, realistic workloads: English sentences of prose-like length, about a fifth with inline
 * codes (bold, links, placeholders), Russian targets for half of them.
 */
final class Workload {

    private static final String[] WORDS = ("the of and to in a is that for on with as by at from this be are was were it an or "
            + "region countries cooperation environment nature protected areas sustainable development policy dialogue "
            + "participants agencies recovery resilience action national regional level future harmony green economy "
            + "ecotourism resources community knowledge initiative platform programme office report").split(" ");
    private static final String[] RUSSIAN = ("регион страны сотрудничество природа охраняемые территории устойчивое развитие "
            + "политика диалог участники агентства восстановление устойчивость действия национальный будущее").split(" ");

    private Workload() {
    }

    static List<XliffUnit> units(int count, long seed) {
        Random random = new Random(seed);
        List<XliffUnit> units = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            InlineText source = sentence(random, WORDS, true);
            boolean translated = random.nextBoolean();
            InlineText target = translated ? withCodesOf(sentence(random, RUSSIAN, false), source) : InlineText.empty();
            units.add(new XliffUnit(String.valueOf(i), source, target, translated ? TargetState.TRANSLATED : TargetState.NEW,
                    List.of()));
        }
        return units;
    }

    static XliffHeader header(String name) {
        return new XliffHeader("1.2", name, "en", "ru", null);
    }

    private static InlineText sentence(Random random, String[] words, boolean codes) {
        int length = 8 + random.nextInt(22);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < length; w++) {
            String word = words[random.nextInt(words.length)];
            text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w + 1 < length ? " " : ".");
        }
        if (!codes || random.nextInt(5) != 0) {
            return InlineText.of(text.toString());
        }
        String sentence = text.toString();
        int cut = sentence.indexOf(' ', sentence.length() / 3);
        int end = sentence.indexOf(' ', cut + 1);
        if (cut < 0 || end < 0) {
            return InlineText.of(sentence);
        }
        return new InlineText(List.of(new InlineText.Text(sentence.substring(0, cut + 1)),
                new InlineText.Code(InlineText.CodeKind.OPEN, 1, "bold", "<b>"), new InlineText.Text(sentence.substring(cut + 1, end)),
                new InlineText.Code(InlineText.CodeKind.CLOSE, 1, "bold", "</b>"), new InlineText.Text(sentence.substring(end)),
                new InlineText.Code(InlineText.CodeKind.ISOLATED, 2, "x-ph", "{0}")));
    }

    /** A target carrying its source's codes, as a translator's would. */
    private static InlineText withCodesOf(InlineText target, InlineText source) {
        List<InlineText.Part> parts = new ArrayList<>(target.parts());
        parts.addAll(source.codes());
        return new InlineText(parts);
    }
}
