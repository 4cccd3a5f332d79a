/**
 * The REST API under {@code /api} for vendors' scripts and CI: thin controllers over the same services
 * the views use, errors as RFC 7807 problem details, documented with OpenAPI at {@code /api/docs}.
 */
package org.tarjima.api;
