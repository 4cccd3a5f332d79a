/**
 * Where the data lives: the zero-configuration choice between a configured PostgreSQL
 * ({@code TARJIMA_DB_URL}), an embedded PostgreSQL kept under {@code ~/.tarjima/pgdata}, and the
 * local server at 127.0.0.1:5432 when running as root (PostgreSQL refuses to run as root).
 */
package org.tarjima.database;
