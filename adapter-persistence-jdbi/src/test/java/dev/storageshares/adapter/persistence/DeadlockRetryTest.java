package dev.storageshares.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class DeadlockRetryTest {
    private final Jdbi jdbi = Jdbi.create(TestDatabases.freshUrl(), TestDatabases.server().user(), "");
    private final Db db = new Db(jdbi, null);

    @Test
    void givenTwoTransactionsLockingInOppositeOrderThenTheDeadlockVictimRunsAgainAndBothSucceed() throws Exception {
        jdbi.useHandle(handle -> handle.execute("create table pair (id int primary key, n int not null)"));
        jdbi.useHandle(handle -> handle.execute("insert into pair values (1, 0), (2, 0)"));
        CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();

        CompletableFuture<Void> oneThenTwo = CompletableFuture.runAsync(
                () -> bumpInOrder(1, 2, bothHoldTheirFirstRow, attempts));
        CompletableFuture<Void> twoThenOne = CompletableFuture.runAsync(
                () -> bumpInOrder(2, 1, bothHoldTheirFirstRow, attempts));
        CompletableFuture.allOf(oneThenTwo, twoThenOne).get(30, TimeUnit.SECONDS);

        assertThat(attempts.get()).isEqualTo(3);
        int total = jdbi.withHandle(handle -> handle.createQuery("select sum(n) from pair").mapTo(Integer.class).one());
        assertThat(total).isEqualTo(4);
    }

    private void bumpInOrder(int first, int second, CyclicBarrier barrier, AtomicInteger attempts) {
        db.inTransaction(handle -> {
            boolean firstAttempt = attempts.incrementAndGet() <= 2;
            handle.execute("update pair set n = n + 1 where id = ?", first);
            if (firstAttempt) {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            handle.execute("update pair set n = n + 1 where id = ?", second);
            return null;
        });
    }
}
