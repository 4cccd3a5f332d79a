package org.tarjima.base.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one JSON form of {@link InlineText}, used in the database (jsonb) and by the browser editor:
 * {@code [{"text":"Hello "},{"code":"open","id":1,"type":"bold","data":"<b>"}, ...]}.
 */
public final class InlineTextJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InlineTextJson() {
    }

    public static String write(InlineText text) {
        ArrayNode array = MAPPER.createArrayNode();
        for (InlineText.Part part : text.parts()) {
            ObjectNode node = array.addObject();
            if (part instanceof InlineText.Text t) {
                node.put("text", t.value());
            } else if (part instanceof InlineText.Code c) {
                node.put("code", c.kind().name().toLowerCase(Locale.ROOT));
                node.put("id", c.id());
                node.put("type", c.type());
                node.put("data", c.data());
            }
        }
        return array.toString();
    }

    /** Reads the JSON form; malformed input is refused with an {@link IllegalArgumentException}. */
    public static InlineText read(String json) {
        if (json == null || json.isBlank()) {
            return InlineText.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            if (!root.isArray()) {
                throw new IllegalArgumentException("inline text must be a JSON array");
            }
            List<InlineText.Part> parts = new ArrayList<>();
            for (JsonNode node : root) {
                if (node.hasNonNull("text")) {
                    parts.add(new InlineText.Text(node.get("text").asText()));
                } else if (node.hasNonNull("code")) {
                    InlineText.CodeKind kind = InlineText.CodeKind.valueOf(
                            node.get("code").asText().toUpperCase(Locale.ROOT));
                    parts.add(new InlineText.Code(kind, node.path("id").asInt(),
                            node.path("type").asText(""), node.path("data").asText("")));
                } else {
                    throw new IllegalArgumentException("inline text part is neither text nor code: " + node);
                }
            }
            return new InlineText(parts);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("inline text is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Notes are stored as a JSON array of strings. */
    public static String writeNotes(List<String> notes) {
        ArrayNode array = MAPPER.createArrayNode();
        notes.forEach(array::add);
        return array.toString();
    }

    public static List<String> readNotes(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<String> notes = new ArrayList<>();
            for (JsonNode node : MAPPER.readTree(json)) {
                notes.add(node.asText());
            }
            return notes;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("notes are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
