/**
 * In-app notifications: the bell in the top bar. Events of other features (an assignment, a due date, a rejection, a
 * mention, a locale ready for review or signed off) become a {@link org.tarjima.base.events.PersonNotified} for each
 * person who wants that kind, published in the causing transaction; this feature stores it in that same transaction
 * and tells the person's open tabs live once it commits. Texts are message keys with arguments, shown in the reader's
 * language.
 */
package org.tarjima.notification;
