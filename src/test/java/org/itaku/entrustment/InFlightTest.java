package org.itaku.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class InFlightTest {

    private final InFlight<String, String> inFlight = new InFlight<>();

    @Test
    void aSecondCallerForTheSameKeyWaitsForTheFirstsAnswerInsteadOfWorkingItOutAgain() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> inFlight.get("ws1@7", () -> {
            runs.incrementAndGet();
            started.countDown();
            await(release);
            return "answer";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> inFlight.get("ws1@7", () -> {
            runs.incrementAndGet();
            return "worked out again";
        }));
        Thread.sleep(100);
        assertThat(second).as("waits while the first works").isNotDone();
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("answer");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("answer");
        assertThat(runs).hasValue(1);
    }

    @Test
    void anotherKeyIsWorkedOutBesideIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> inFlight.get("ws1@7", () -> {
            await(release);
            return "seven";
        }));
        assertThat(inFlight.get("ws1@8", () -> "eight")).isEqualTo("eight");
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("seven");
    }

    @Test
    void whenTheFirstFailsTheWaiterWorksItOutItselfAndTheKeyIsFreeAgain() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> inFlight.get("ws1@7", () -> {
            started.countDown();
            await(release);
            throw new IllegalStateException("database gone");
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> inFlight.get("ws1@7", () -> "own"));
        Thread.sleep(100);
        release.countDown();
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("own");
        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database gone");
        assertThat(inFlight.get("ws1@7", () -> "later")).isEqualTo("later");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
