package org.tarjima.translation;

/** Where a change came from; recorded in history. */
public enum Origin {
    EDITOR, TM, IMPORT, API, TRANSLITERATION, REPLACE
}
