package io.audiences.adapters.rest.host;

import io.audiences.application.UseCases;
import io.audiences.application.StorageException;
import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.application.command.IssueApiKeyCommand;
import io.audiences.application.contract.SeededIdSource;
import io.audiences.application.memory.InMemoryAudiencesStorage;
import io.audiences.application.port.in.FileAudience;
import io.audiences.application.port.in.ListAccountGroups;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.folder.FolderId;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import io.dropwizard.core.Application;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** The host application over the in-memory adapters, with helpers to seed groups and keys. */
public final class HostFixture {

    public final InMemoryAudiencesStorage store = InMemoryAudiencesStorage.create();
    /** The use cases over the store, as they are (the bundle gets them with the hooks below). */
    public final UseCases real;
    /** While set, every use case but authentication fails as a broken database would. */
    public final AtomicBoolean storageDown = new AtomicBoolean();
    /** When set, every creation of an audience or folder waits for this latch first (a request caught running). */
    public final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> holdCreations =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** How many creations have waited for {@link #holdCreations}: one more once a first request is caught running. */
    public final AtomicInteger heldCreations = new AtomicInteger();
    /** When set, imports wait for this latch before they run (an audience caught with its import queued). */
    public final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> holdImports =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** How many presented keys were looked up. */
    public final AtomicInteger authentications = new AtomicInteger();
    private final UseCases useCases;

    public HostFixture() {
        SeededIdSource ids = new SeededIdSource(System.nanoTime());
        real = UseCases.over(store, Clock.systemUTC(), ids, PlanCatalog.defaults());
        useCases = new UseCases(real.createAccountGroup(), real.updateAccountGroup(),
                new ListAccountGroups() {
                    @Override
                    public List<AccountGroup> list(Collection<AccountGroupId> groupIds) {
                        return whileUp(() -> real.listAccountGroups().list(groupIds));
                    }

                    @Override
                    public List<AccountGroup> all() {
                        return whileUp(() -> real.listAccountGroups().all());
                    }
                },
                real.issueApiKey(), real.revokeApiKey(), real.listApiKeys(),
                secret -> {
                    authentications.incrementAndGet();
                    return real.authenticateApiKey().authenticate(secret);
                },
                command -> whileUp(() -> {
                    awaitRelease();
                    return real.createAudience().create(command);
                }),
                query -> whileUp(() -> real.listAudiences().list(query)),
                (group, audience) -> whileUp(() -> real.getAudience().get(group, audience)),
                command -> whileUp(() -> real.updateAudience().update(command)),
                (group, audience) -> whileUp(() -> {
                    real.deleteAudience().delete(group, audience);
                    return null;
                }),
                new FileAudience() {
                    @Override
                    public Audience moveToFolder(AccountGroupId group, AudienceId audience, FolderId folder) {
                        return whileUp(() -> real.fileAudience().moveToFolder(group, audience, folder));
                    }

                    @Override
                    public Audience removeFromFolder(AccountGroupId group, AudienceId audience) {
                        return whileUp(() -> real.fileAudience().removeFromFolder(group, audience));
                    }
                },
                command -> whileUp(() -> {
                    awaitRelease();
                    return real.createFolder().create(command);
                }),
                (group, folder, name) -> whileUp(() -> real.renameFolder().rename(group, folder, name)),
                (group, folder) -> whileUp(() -> {
                    real.deleteFolder().delete(group, folder);
                    return null;
                }),
                group -> whileUp(() -> real.getNavigation().navigation(group)),
                command -> whileUp(() -> {
                    awaitRelease();
                    return real.addProspects().add(command);
                }),
                query -> whileUp(() -> real.listProspects().list(query)),
                (group, audience, prospect) -> whileUp(() -> real.getProspect().get(group, audience, prospect)),
                (group, audience, prospects) -> whileUp(() -> real.removeProspects().remove(group, audience, prospects)),
                command -> whileUp(() -> real.importProspects().start(command)),
                (group, audience, importId) -> whileUp(() -> real.getImport().get(group, audience, importId)),
                (group, audience, importId) -> whileUp(() -> real.cancelImport().cancel(group, audience, importId)),
                real.runImport(),
                real.idempotency(),
                () -> whileUp(() -> {
                    real.checkStorage().check();
                    return null;
                }));
        store.importQueue().serve(new io.audiences.application.port.in.RunImport() {
            @Override
            public void run(io.audiences.domain.prospect.ImportId importId, java.util.function.BooleanSupplier stopping) {
                java.util.concurrent.CountDownLatch hold = holdImports.get();
                if (hold != null) {
                    try {
                        hold.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                real.runImport().run(importId, stopping);
            }

            @Override
            public void fail(io.audiences.domain.prospect.ImportId importId, String reason) {
                real.runImport().fail(importId, reason);
            }
        });
    }

    private void awaitRelease() {
        java.util.concurrent.CountDownLatch hold = holdCreations.get();
        if (hold != null) {
            heldCreations.incrementAndGet();
            try {
                hold.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits until a creation is held running (more than {@code before} have been), so that a retry
     * sent now finds its key claimed rather than racing the first request to the claim.
     */
    public void awaitHeldCreation(int before) {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (heldCreations.get() <= before) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("no creation was held within 10 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private <T> T whileUp(java.util.function.Supplier<T> work) {
        if (storageDown.get()) {
            throw new StorageException("simulated: the database is unreachable at db.internal:5432",
                    new java.sql.SQLException("Connection refused"));
        }
        return work.get();
    }

    /** The bundle as the whole application, as the service ships it. */
    public DropwizardTestSupport<HostConfiguration> support(io.dropwizard.testing.ConfigOverride... overrides) {
        return new DropwizardTestSupport<>(StandaloneApplication.class, ResourceHelpers.resourceFilePath("host-app.yml"), overrides) {
            @Override
            public Application<HostConfiguration> newApplication() {
                return new StandaloneApplication(useCases);
            }
        };
    }

    /** Someone else's application, with the bundle as a guest or without it. */
    public DropwizardTestSupport<HostConfiguration> hostSupport(boolean withBundle) {
        return new DropwizardTestSupport<>(HostApplication.class, ResourceHelpers.resourceFilePath("host-app.yml")) {
            @Override
            public Application<HostConfiguration> newApplication() {
                return new HostApplication(withBundle ? java.util.Optional.of(useCases) : java.util.Optional.empty());
            }
        };
    }

    /** Someone else's application, with the bundle as {@code customized} makes it from the default one. */
    public DropwizardTestSupport<HostConfiguration> hostSupport(
            java.util.function.UnaryOperator<io.audiences.adapters.rest.AudiencesBundle<HostConfiguration>> customized) {
        return new DropwizardTestSupport<>(HostApplication.class, ResourceHelpers.resourceFilePath("host-app.yml")) {
            @Override
            public Application<HostConfiguration> newApplication() {
                return new HostApplication(java.util.Optional.of(useCases), customized);
            }
        };
    }

    /** A host that declares none of the bundle's settings, started without a configuration file. */
    public DropwizardTestSupport<BareHostApplication.BareConfiguration> bareHostSupport() {
        return new DropwizardTestSupport<>(BareHostApplication.class, (String) null,
                io.dropwizard.testing.ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                io.dropwizard.testing.ConfigOverride.config("server.adminConnectors[0].port", "0")) {
            @Override
            public Application<BareHostApplication.BareConfiguration> newApplication() {
                return new BareHostApplication(useCases);
            }
        };
    }

    public AccountGroup group(Plan plan, boolean linkedin) {
        return real.createAccountGroup().create(new CreateAccountGroupCommand("Group", plan, linkedin));
    }

    public String key(Set<Permission> permissions, AccountGroup... groupsOfKey) {
        return real.issueApiKey().issue(new IssueApiKeyCommand(
                java.util.Arrays.stream(groupsOfKey).map(AccountGroup::id).collect(java.util.stream.Collectors.toSet()),
                permissions, "test")).secret().reveal();
    }
}
