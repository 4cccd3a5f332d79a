/**
 * Projects: a name, a source locale and the target locales its documents are translated into, with the settings of
 * how those locales relate (the pivot locale, linked script variants) and of what imports and confirms do.
 */
package org.tarjima.project;
