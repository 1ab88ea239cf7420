package io.audiences.adapters.persistence;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.audiences.application.port.in.RunImport;
import io.audiences.application.port.out.ImportQueue;
import io.audiences.application.port.out.ImportRepository;
import io.audiences.domain.prospect.ImportId;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports run by db-scheduler (ADR 0013): one execution per import in {@code scheduled_tasks},
 * picked by one instance at a time; its worker's instance sends a heartbeat every
 * {@link #HEARTBEAT}, and an execution whose heartbeats stop for {@link #MISSED_HEARTBEATS} of them
 * (a {@code kill -9}, a lost host) is revived on whichever instance polls next, the restarted one
 * included. A run that fails (the database stopped answering) is retried with a doubling wait from
 * one second; after {@link #MAX_RETRIES} retries (about four minutes) the import is failed. Every
 * {@link #SWEEP} one instance makes sure every queued or running import has an execution (an
 * enqueue lost between the import's commit and the queue's, or a run that ended as another worker
 * went on) and drops the rows that cancelled or failed imports left. Which rows an import has taken
 * is the import's own business (its steps commit with their prospects).
 */
public final class DbSchedulerImportQueue implements ImportQueue {

    private static final Logger LOG = LoggerFactory.getLogger(DbSchedulerImportQueue.class);

    static final String TASK = "prospect-import";
    static final Duration POLLING = Duration.ofMillis(500);
    static final Duration HEARTBEAT = Duration.ofSeconds(1);
    static final int MISSED_HEARTBEATS = 4;
    static final int MAX_RETRIES = 8;
    static final Duration SWEEP = Duration.ofSeconds(2);
    private static final int ROWS_DROPPED_PER_SWEEP = 10_000;

    /** Who holds an execution, in {@code scheduled_tasks.picked_by}: this process, on this host. */
    static final String NAME = truncated("audiences-" + ProcessHandle.current().pid() + "@" + hostName());

    private final DataSource dataSource;
    private final ImportRepository imports;
    private final JdbcCustomization jdbc;
    private final OneTimeTask<Void> task;
    private final RecurringTask<Void> sweep;
    /** Built on the first enqueue: an operator command wires the use cases but never enqueues. */
    private SchedulerClient client;
    private volatile RunImport worker;
    private Scheduler scheduler;

    /**
     * @param embedded whether the database is H2, for which db-scheduler has no settings of its own:
     *                 its generic ones are named rather than detected (detecting warns at every
     *                 start that it assumes what migration 8 made true: times with their zone)
     */
    DbSchedulerImportQueue(DataSource dataSource, ImportRepository imports, boolean embedded) {
        this.dataSource = dataSource;
        this.imports = imports;
        this.jdbc = embedded ? new DefaultJdbcCustomization(false) : null;
        this.task = Tasks.oneTime(TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(MAX_RETRIES,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(1), 2.0), this::givenUp))
                .onDeadExecutionRevive()
                .execute((instance, context) -> served().run(new ImportId(instance.getId()),
                        () -> context.getSchedulerState().isShuttingDown()));
        this.sweep = Tasks.recurring(TASK + "-sweep", Schedules.fixedDelay(SWEEP))
                .execute((instance, context) -> sweep());
    }

    private RunImport served() {
        RunImport served = worker;
        if (served == null) {
            throw new IllegalStateException("no worker serves imports yet");
        }
        return served;
    }

    private void givenUp(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        ImportId importId = new ImportId(complete.getExecution().taskInstance.getId());
        LOG.error("Import {} failed {} times over; given up", importId, MAX_RETRIES + 1, complete.getCause().orElse(null));
        served().fail(importId, "the import stopped on a fault that no row explains, " + (MAX_RETRIES + 1)
                + " times; the rows it added stay");
        operations.stop();
    }

    private void sweep() {
        imports.unfinished().forEach(this::enqueue);
        imports.dropRowsOfFinished(ROWS_DROPPED_PER_SWEEP);
    }

    @Override
    public void serve(RunImport importWorker) {
        this.worker = importWorker;
    }

    /** Works imports from now on on this instance, queued ones first (an enqueue lost in a crash included). */
    public synchronized void start(int threads) {
        if (scheduler != null) {
            return;
        }
        imports.unfinished().forEach(this::enqueue);
        SchedulerBuilder builder = Scheduler.create(dataSource, task);
        if (jdbc != null) {
            builder.jdbcCustomization(jdbc);
        }
        scheduler = builder
                .startTasks(sweep)
                .threads(threads)
                .pollingInterval(POLLING)
                .heartbeatInterval(HEARTBEAT)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .schedulerName(new SchedulerName.Fixed(NAME))
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        scheduler.start();
        LOG.info("Working imports of prospects with {} threads as {}", threads, NAME);
    }

    /**
     * Stops taking imports; a running one stops at its next step and stays running, to be revived
     * here on the next start or by another instance.
     */
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public void enqueue(ImportId importId) {
        client().scheduleIfNotExists(task.instance(importId.value()), Instant.now());
    }

    private synchronized SchedulerClient client() {
        if (client == null) {
            SchedulerClient.Builder builder = SchedulerClient.Builder.create(dataSource, task);
            if (jdbc != null) {
                builder.jdbcCustomization(jdbc);
            }
            client = builder.build();
        }
        return client;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String truncated(String name) {
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
