/**
 * Glossary files: CSV (RFC 4180, any of three separators) and TBX (v3 TBX-Basic, v2 martif) read into rows checked
 * before anything is stored, and written back; TBX through a StAX parser that resolves nothing.
 */
package org.tarjima.glossary.io;
