package org.tarjima.project;

import java.util.List;

/** A project to create. */
public record NewProject(String name, String sourceLocale, List<String> targetLocales) {

    /** Longest project name; matches the schema. */
    public static final int NAME_MAX_LENGTH = 200;
}
