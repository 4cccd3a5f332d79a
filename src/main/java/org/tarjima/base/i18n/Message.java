package org.tarjima.base.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * Something to tell a person, kept as a bundle key and its arguments until it is shown, so that it is said in the
 * language of whoever reads it rather than of whoever caused it (a job's line is read later, by colleagues who may
 * use other languages). An argument may itself be a message; it is rendered in the same language first.
 *
 * @param arguments strings, numbers or messages
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        // not List.copyOf: an argument may be null (MessageFormat shows it as "null" rather than failing)
        arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /** The arguments ready for MessageFormat: nested messages rendered with {@code messages}. */
    Object[] formatArguments(Messages messages) {
        return arguments.stream().map(argument -> argument instanceof Message nested ? messages.get(nested) : argument)
                .toArray();
    }
}
