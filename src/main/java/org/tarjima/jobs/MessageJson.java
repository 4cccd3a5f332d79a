package org.tarjima.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjima.base.i18n.Message;

/**
 * A job's title and outcome as JSON ({@code {"key": "...", "args": [...]}}, nested messages as objects), so the job
 * list can say them in each viewer's language. Arguments other than strings, numbers and messages are stored as text.
 */
final class MessageJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageJson() {
    }

    static String write(Message message) {
        if (message == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(tree(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Message read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return message(JSON.readValue(json, Map.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A job message is not JSON: " + json, e);
        }
    }

    private static Map<String, Object> tree(Message message) {
        List<Object> args = new ArrayList<>();
        for (Object argument : message.arguments()) {
            args.add(argument instanceof Message nested ? tree(nested)
                    : argument == null || argument instanceof Number || argument instanceof String ? argument
                    : argument.toString());
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("key", message.key());
        tree.put("args", args);
        return tree;
    }

    private static Message message(Map<?, ?> tree) {
        List<Object> args = new ArrayList<>();
        for (Object argument : (List<?>) tree.get("args")) {
            args.add(argument instanceof Map<?, ?> nested ? message(nested) : argument);
        }
        return new Message((String) tree.get("key"), args);
    }
}
