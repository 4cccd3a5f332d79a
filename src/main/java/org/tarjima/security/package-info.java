/**
 * Who is acting. Until sign-in lands, the workbench runs as one local user; every service already asks
 * {@link org.tarjima.security.CurrentUser} so that history and permissions have a name to record.
 */
package org.tarjima.security;
