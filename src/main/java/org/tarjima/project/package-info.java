/** Projects: a name, a source locale and the target locales its documents are translated into. */
package org.tarjima.project;
