package org.tarjima.glossary;

import java.util.List;

/**
 * What an import stored.
 *
 * @param unchanged      entries of the file that were stored exactly so already
 * @param ignoredColumns columns of the file that name no target locale of the project, or nothing Tarjima knows
 */
public record ImportResult(int created, int updated, int unchanged, List<String> ignoredColumns) {

    public ImportResult {
        ignoredColumns = List.copyOf(ignoredColumns);
    }
}
