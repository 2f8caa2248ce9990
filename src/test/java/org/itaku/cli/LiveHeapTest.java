package org.itaku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveHeapTest {

    @Test
    void whatACollectionLeavesAliveIsThePeak() throws Exception {
        try (LiveHeap live = new LiveHeap()) {
            byte[] kept = new byte[96 * 1024 * 1024];
            kept[kept.length - 1] = 1;
            System.gc();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (live.peakMb() < 96 && System.nanoTime() < deadline) {
                Thread.sleep(50); // the collectors notify on their own thread
            }
            assertThat(live.peakMb()).isGreaterThanOrEqualTo(96);
            assertThat(kept[kept.length - 1]).isEqualTo((byte) 1);
        }
    }
}
