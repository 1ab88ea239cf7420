package io.audiences.application.benchmark;

import io.audiences.application.UseCases;
import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.port.in.CreateAudience;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.plan.Plan;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link CreateAudience} in-process over the in-memory adapters, one thread: the whole use case
 * (the name's rules and key, the creation rules, a secure random id, the atomic add), without HTTP
 * or a database. Each iteration starts on empty storage, so that the group it fills stays small.
 * Run it with {@code docs/benchmark/jmh.sh}; it is not part of the build's tests.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@Threads(1)
public class CreateAudienceBenchmark {

    private CreateAudience createAudience;
    private AccountGroupId oneGroup;
    private AccountGroupId[] manyGroups;
    private long created;

    @Setup(Level.Iteration)
    public void emptyStorage() {
        UseCases audiences = UseCases.inMemory();
        createAudience = audiences.createAudience();
        oneGroup = audiences.createAccountGroup().create(new CreateAccountGroupCommand("One", Plan.ENTERPRISE, true)).id();
        manyGroups = new AccountGroupId[100];
        for (int i = 0; i < manyGroups.length; i++) {
            manyGroups[i] = audiences.createAccountGroup()
                    .create(new CreateAccountGroupCommand("Group " + i, Plan.ENTERPRISE, true)).id();
        }
    }

    @Benchmark
    public Audience createInOneGroup() {
        return createAudience.create(CreateAudienceCommand.of(oneGroup, AudienceType.ON_DEMAND, "Audience " + created++));
    }

    @Benchmark
    public Audience createSpreadOverManyGroups() {
        long n = created++;
        return createAudience.create(CreateAudienceCommand.of(manyGroups[(int) (n % manyGroups.length)],
                AudienceType.ON_DEMAND, "Audience " + n));
    }
}
