package org.itaku.entrustment;

import java.util.List;

/**
 * One page of a longer list: big registers are never sent whole. Pages count from 0. {@code next}, where a list
 * offers it (the operator list), is an opaque cursor for the page after this one (null on the last page and in lists
 * paged by number only); the API leaves a null out of its JSON.
 */
public record ResultPage<T>(List<T> items, int page, int size, long total, String next) {

    public ResultPage(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

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
