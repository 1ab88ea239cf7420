package io.audiences.bootstrap.server;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.metrics.jetty12.InstrumentedQueuedThreadPool;
import java.util.concurrent.BlockingQueue;
import org.eclipse.jetty.util.thread.ExecutionStrategy;

/**
 * Dropwizard's instrumented thread pool, except that a job Jetty wants run at once (the failure of
 * a connection a client reset, say) goes to one of the pool's threads when the pool has one to
 * spare. Jetty's own pool hands such a job only to a few reserved threads and otherwise starts a
 * thread outside the pool for it: a storm of resets started thousands. With the connections capped
 * well below the pool's size ({@link AudiencesServerFactory}), the pool always has a thread to
 * spare, so no thread is ever started outside it.
 */
final class PoolThreadsOnly extends InstrumentedQueuedThreadPool {

    PoolThreadsOnly(MetricRegistry metrics, int maxThreads, int minThreads, int idleTimeoutMillis, BlockingQueue<Runnable> queue) {
        super(metrics, maxThreads, minThreads, idleTimeoutMillis, queue);
    }

    @Override
    public boolean tryExecute(Runnable job) {
        if (super.tryExecute(job)) {
            return true;
        }
        // A selector handing over its work keeps Jetty's own choice.
        if (job instanceof ExecutionStrategy || !hasThreadToSpare()) {
            return false;
        }
        execute(job);
        return true;
    }

    /** Whether a job given now would start at once: nothing waits, and a thread is idle or may be started. */
    private boolean hasThreadToSpare() {
        return getQueueSize() == 0 && (getIdleThreads() > 0 || getThreads() < getMaxThreads());
    }
}
