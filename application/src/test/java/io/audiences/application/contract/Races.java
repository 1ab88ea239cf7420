package io.audiences.application.contract;

import io.audiences.domain.DomainRefusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Races for the contract suites: many actions released at once, their outcomes counted. */
public final class Races {

    /** The outcome of an action that returned normally. */
    public static final String OK = "OK";

    private Races() {
    }

    /**
     * Runs {@code racers} actions on {@code pool}, released together, and counts the outcomes:
     * {@link #OK} or the refusal's code. Anything else (a storage error, say) is counted under its
     * class name, and so fails a test that compares the counts.
     */
    public static Map<String, Integer> run(ExecutorService pool, int racers, IntFunction<Callable<?>> action)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Callable<?> racer = action.apply(i);
            results.add(pool.submit(() -> {
                start.await();
                try {
                    racer.call();
                    return OK;
                } catch (DomainRefusal refused) {
                    return refused.code();
                } catch (RuntimeException other) {
                    other.printStackTrace();
                    return other.getClass().getName();
                }
            }));
        }
        start.countDown();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        for (Future<String> result : results) {
            outcomes.merge(result.get(60, TimeUnit.SECONDS), 1, Integer::sum);
        }
        return outcomes;
    }
}
