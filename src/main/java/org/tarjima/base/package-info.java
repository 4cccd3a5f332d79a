/**
 * The shared kernel: what every feature speaks (inline text with codes, locale tags, current user's
 * messages) and the frame of the UI. Nothing feature-specific lives here.
 */
package org.tarjima.base;
