package org.tarjima.review;

/** Published inside the transaction that signs off a document's locale. */
public record LocaleSignedOff(long projectId, long documentId, String documentName, String locale, String signedBy) {
}
