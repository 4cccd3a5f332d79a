/**
 * E-mail, the optional notification channel: when {@code TARJIMA_SMTP_URL} is set, every
 * {@link org.tarjima.base.events.PersonNotified} is also sent, after its transaction commits, to the person's address
 * in their UI language; without it nothing is sent and nothing else changes.
 */
package org.tarjima.mail;
