package org.itaku.entrustment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class PacedRebuildsTest {

    @Test
    void requestsDuringTheCostlyRebuildsPauseCoalesceIntoOneStartedAfterIt() throws Exception {
        PacedRebuilds paced = new PacedRebuilds("paced-test", 3);
        List<long[]> runs = new CopyOnWriteArrayList<>(); // workspace, start, end (ms)
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        long t0 = System.nanoTime();
        try {
            paced.request(1, ws -> {
                long start = ms(t0);
                sleep(200);
                runs.add(new long[] {ws, start, ms(t0)});
                first.countDown();
            });
            assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
            // Five changes while the thread pauses after a 200 ms rebuild: one rebuild, no sooner than 600 ms after it.
            for (int i = 0; i < 5; i++) {
                paced.request(1, ws -> {
                    runs.add(new long[] {ws, ms(t0), ms(t0)});
                    second.countDown();
                });
            }
            assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300);
            assertThat(runs).hasSize(2);
            assertThat(runs.get(1)[1] - runs.get(0)[2]).as("pause after the first rebuild, ms").isGreaterThanOrEqualTo(550);
        } finally {
            paced.stop();
        }
    }

    @Test
    void cheapRebuildsFollowEachChangeAtOnce() throws Exception {
        PacedRebuilds paced = new PacedRebuilds("paced-test", 3);
        CountDownLatch done = new CountDownLatch(3);
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < 3; i++) {
                paced.request(7, ws -> done.countDown());
                Thread.sleep(20);
            }
            assertThat(done.await(2, TimeUnit.SECONDS)).isTrue();
            assertThat(ms(t0)).isLessThan(1000);
        } finally {
            paced.stop();
        }
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
