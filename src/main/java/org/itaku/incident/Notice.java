package org.itaku.incident;

import java.time.Instant;

/** An entrustee's notice to a principal (APPI Art. 26(1) proviso; Rules Art. 9), with the moment it was sent. */
public record Notice(long fromOperatorId, long toOperatorId, Instant sentAt) {
}
