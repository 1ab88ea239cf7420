package io.audiences.adapters.persistence;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.audiences.application.port.out.ImportQueue;
import io.audiences.application.port.out.ImportRepository;
import io.audiences.domain.prospect.ImportId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports run by db-scheduler (ADR 0013): one execution per import in {@code scheduled_tasks},
 * picked by one instance at a time; its worker's instance sends a heartbeat every
 * {@link #HEARTBEAT}, and an execution whose heartbeats stop for {@link #MISSED_HEARTBEATS} of them
 * (a {@code kill -9}, a lost host) is revived on whichever instance polls next, the restarted one
 * included. An execution that fails (the database stopped answering) is retried after
 * {@link #RETRY}. Which rows an import has taken is the import's own business (its steps commit
 * with their prospects), so a revived execution goes on where the last step ended.
 */
public final class DbSchedulerImportQueue implements ImportQueue {

    private static final Logger LOG = LoggerFactory.getLogger(DbSchedulerImportQueue.class);

    static final String TASK = "prospect-import";
    static final Duration POLLING = Duration.ofMillis(500);
    static final Duration HEARTBEAT = Duration.ofSeconds(1);
    static final int MISSED_HEARTBEATS = 4;
    static final Duration RETRY = Duration.ofSeconds(5);

    /** Who holds an execution, in {@code scheduled_tasks.picked_by}: this process, on this host. */
    static final String NAME = truncated("audiences-" + ProcessHandle.current().pid() + "@"
            + Objects.requireNonNullElse(System.getenv("HOSTNAME"), "localhost"));

    private static String truncated(String name) {
        return name.length() <= 200 ? name : name.substring(0, 200);
    }

    private final DataSource dataSource;
    private final ImportRepository imports;
    private final OneTimeTask<Void> task;
    private final SchedulerClient client;
    private volatile Consumer<ImportId> worker;
    private Scheduler scheduler;

    DbSchedulerImportQueue(DataSource dataSource, ImportRepository imports) {
        this.dataSource = dataSource;
        this.imports = imports;
        this.task = Tasks.oneTime(TASK)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY))
                .onDeadExecutionRevive()
                .execute((instance, context) -> work(new ImportId(instance.getId())));
        this.client = SchedulerClient.Builder.create(dataSource, task).build();
    }

    private void work(ImportId importId) {
        Consumer<ImportId> served = worker;
        if (served == null) {
            throw new IllegalStateException("no worker serves imports yet");
        }
        served.accept(importId);
    }

    @Override
    public void serve(Consumer<ImportId> importWorker) {
        this.worker = importWorker;
    }

    /** Works imports from now on on this instance, queued ones first (an enqueue lost in a crash included). */
    public synchronized void start(int threads) {
        if (scheduler != null) {
            return;
        }
        imports.unfinished().forEach(this::enqueue);
        scheduler = Scheduler.create(dataSource, task)
                .threads(threads)
                .pollingInterval(POLLING)
                .heartbeatInterval(HEARTBEAT)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .enableImmediateExecution()
                .schedulerName(new SchedulerName.Fixed(NAME))
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        scheduler.start();
        LOG.info("Working imports of prospects with {} threads", threads);
    }

    /** Stops taking imports; those running here stop at their next step or are revived elsewhere. */
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public void enqueue(ImportId importId) {
        client.scheduleIfNotExists(task.instance(importId.value()), Instant.now());
    }
}
