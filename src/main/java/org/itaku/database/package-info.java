/**
 * Database helpers that several modules share: {@link org.itaku.database.StreamedReads}, reading a large result row by
 * row on H2 and PostgreSQL alike, and {@link org.itaku.database.BulkInserts}, writing many rows at once (COPY on
 * PostgreSQL). Depends on no other module.
 */
package org.itaku.database;
