/**
 * Files uploaded into a project, from the UI or the API: the use case above the features it combines. The file is
 * recognised by its content, stored as a document (interchange for XLIFF, document for articles), and its NEW targets
 * are filled from the translation memory when the project says so, all in one transaction. Living here, not in
 * interchange, keeps interchange and memory independent of each other.
 */
package org.tarjima.intake;
