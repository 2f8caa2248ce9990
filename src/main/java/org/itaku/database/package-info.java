/**
 * Database helpers that several modules share: {@link org.itaku.database.StreamedReads}, reading a large result row by
 * row on H2 and PostgreSQL alike. Depends on no other module.
 */
package org.itaku.database;
