package org.tarjima.review;

import org.tarjima.base.UserInputException;

/** A comment that cannot be stored as written (empty, too long, or with a character no XML file can carry). */
public class CommentRefusedException extends UserInputException {

    CommentRefusedException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
