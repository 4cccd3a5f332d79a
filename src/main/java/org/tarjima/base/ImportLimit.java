package org.tarjima.base;

import org.tarjima.base.i18n.Message;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The largest file any import accepts ({@code tarjima.import.max-bytes}), checked before a file is read. */
@Component
public class ImportLimit {

    private final long maxBytes;

    public ImportLimit(@Value("${tarjima.import.max-bytes}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Why a file of this size is refused, for the person who sent it (key and arguments, said in their language). */
    public Message refusalMessage(long bytes) {
        return Message.of("refusal.tooLarge", bytes / (1024 * 1024), maxBytes / (1024 * 1024));
    }

    /** Why a file of this size is refused, or empty when it is within the limit. */
    public Optional<String> refusal(String what, long bytes) {
        if (bytes <= maxBytes) {
            return Optional.empty();
        }
        return Optional.of(what + " is " + bytes / (1024 * 1024) + " MB, above the import limit of "
                + maxBytes / (1024 * 1024) + " MB.");
    }
}
