package org.tarjima.base.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one JSON form of {@link InlineText}, used in the database (jsonb) and by the browser editor:
 * {@code [{"text":"Hello "},{"code":"open","id":1,"type":"bold","data":"<b>"}, ...]}.
 */
public final class InlineTextJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private InlineTextJson() {
    }

    public static String write(InlineText text) {
        // Streamed, not built as a tree: imports, exports and saves write and read this form for every row.
        StringWriter out = new StringWriter(32 + 16 * text.parts().size());
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartArray();
            for (InlineText.Part part : text.parts()) {
                json.writeStartObject();
                if (part instanceof InlineText.Text t) {
                    json.writeStringField("text", t.value());
                } else if (part instanceof InlineText.Code c) {
                    json.writeStringField("code", c.kind().name().toLowerCase(Locale.ROOT));
                    json.writeNumberField("id", c.id());
                    json.writeStringField("type", c.type());
                    json.writeStringField("data", c.data());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads the JSON form; malformed input is refused with an {@link IllegalArgumentException}. */
    public static InlineText read(String json) {
        if (json == null || json.isBlank()) {
            return InlineText.empty();
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("inline text must be a JSON array");
            }
            List<InlineText.Part> parts = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw new IllegalArgumentException("inline text is not valid JSON: unexpected end");
                }
                parts.add(part(parser, token));
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("inline text is not valid JSON: content after the array");
            }
            return new InlineText(parts);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("inline text is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One element of the array: {"text": …} or {"code": …, "id": …, "type": …, "data": …}. */
    private static InlineText.Part part(JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            String value = start.isStructStart() ? "" : parser.getText();
            parser.skipChildren();
            throw new IllegalArgumentException("inline text part is neither text nor code: " + value);
        }
        String text = null;
        String code = null;
        int id = 0;
        String type = "";
        String data = "";
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value.isStructStart()) {
                parser.skipChildren();
                continue;
            }
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case "text" -> text = parser.getText();
                case "code" -> code = parser.getText();
                case "id" -> id = value.isNumeric() ? parser.getValueAsInt() : parser.getValueAsInt(0);
                case "type" -> type = parser.getText();
                case "data" -> data = parser.getText();
                default -> {
                    // unknown fields are ignored, as before
                }
            }
        }
        if (text != null) {
            return new InlineText.Text(text);
        }
        if (code != null) {
            return new InlineText.Code(InlineText.CodeKind.valueOf(code.toUpperCase(Locale.ROOT)), id, type, data);
        }
        throw new IllegalArgumentException("inline text part is neither text nor code");
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
