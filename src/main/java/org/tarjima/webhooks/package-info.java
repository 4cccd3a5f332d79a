/**
 * Webhooks: per project or global subscriptions to what happens in the workbench (a document imported, a locale
 * translated or signed off, an assignment, a rejection, a comment), delivered as signed JSON by a background worker
 * from an outbox written in the transaction of the change, retried for a day, each attempt logged and replayable.
 */
package org.tarjima.webhooks;
