package org.itaku.entrustment;

import java.util.List;

/** One page of a longer list: big registers are never sent whole. Pages count from 0. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
