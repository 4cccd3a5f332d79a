package org.tarjima.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineText.Code;
import org.tarjima.base.text.InlineText.CodeKind;
import org.tarjima.base.text.InlineText.Text;
import org.tarjima.base.text.InlineTextJson;

class InlineTextTest {

    private final InlineText source = new InlineText(List.of(new Text("Read the "),
            new Code(CodeKind.OPEN, 1, "link", "<a href=\"https://unesco.org\">"), new Text("summary"),
            new Code(CodeKind.CLOSE, 1, "link", "</a>"), new Text(".")));

    @Test
    void json_round_trip_keeps_text_and_codes() {
        assertThat(InlineTextJson.read(InlineTextJson.write(source))).isEqualTo(source);
    }

    @Test
    void malformed_json_is_refused() {
        assertThatThrownBy(() -> InlineTextJson.read("{\"text\":1}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InlineTextJson.read("[{\"other\":1}]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InlineTextJson.read("[")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalising_merges_text_and_composes_decomposed_letters() {
        // Uzbek ў typed as у + combining breve (U+0306) must equal the precomposed letter.
        InlineText typed = new InlineText(List.of(new Text("Ўзбекистон "), new Text("у\u0306"), new Text("")));
        assertThat(typed.normalized().parts()).containsExactly(new Text("Ўзбекистон ў"));
    }

    @Test
    void plain_text_and_code_comparison_ignore_code_order() {
        assertThat(source.plainText()).isEqualTo("Read the summary.");
        InlineText reordered = new InlineText(List.of(new Code(CodeKind.CLOSE, 1, "", ""), new Text("x"),
                new Code(CodeKind.OPEN, 1, "", "")));
        assertThat(reordered.hasSameCodesAs(source)).isTrue();
        assertThat(InlineText.of("x").hasSameCodesAs(source)).isFalse();
    }

    @Test
    void codes_only_text_is_not_blank() {
        assertThat(new InlineText(List.of(new Code(CodeKind.ISOLATED, 2, "", ""))).isBlank()).isFalse();
        assertThat(InlineText.of("  ").isBlank()).isTrue();
    }
}
