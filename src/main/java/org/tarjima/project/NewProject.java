package org.tarjima.project;

import java.util.List;

/** A project to create; {@code pretranslate} null means {@link PretranslateOnImport#OFF}. */
public record NewProject(String name, String sourceLocale, List<String> targetLocales, PretranslateOnImport pretranslate) {

    /** Longest project name; matches the schema. */
    public static final int NAME_MAX_LENGTH = 200;

    public NewProject(String name, String sourceLocale, List<String> targetLocales) {
        this(name, sourceLocale, targetLocales, PretranslateOnImport.OFF);
    }
}
