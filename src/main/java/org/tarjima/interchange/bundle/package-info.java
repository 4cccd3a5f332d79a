/**
 * .properties message bundles: a translated bundle into a locale, and the translated bundle out, byte for byte.
 */
package org.tarjima.interchange.bundle;
