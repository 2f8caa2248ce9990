package org.itaku.entrustment;

/** Cloud or on premises: a cloud provider that only stores data may not be an entrustee (PPC Q&A 7-53). */
public enum StorageLocation {
    CLOUD, ON_PREMISES
}
