/** The demo project "Harmony with nature", created on the first zero-configuration start. */
package org.tarjima.demo;
