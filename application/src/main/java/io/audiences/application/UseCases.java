package io.audiences.application;

import io.audiences.application.memory.InMemoryAudiencesStorage;
import io.audiences.application.port.in.AddProspects;
import io.audiences.application.port.in.CancelImport;
import io.audiences.application.port.in.GetImport;
import io.audiences.application.port.in.ImportProspects;
import io.audiences.application.port.in.RunImport;
import io.audiences.application.port.in.AuthenticateApiKey;
import io.audiences.application.port.in.CheckStorage;
import io.audiences.application.port.in.CreateAccountGroup;
import io.audiences.application.port.in.CreateAudience;
import io.audiences.application.port.in.CreateFolder;
import io.audiences.application.port.in.DeleteAudience;
import io.audiences.application.port.in.DeleteFolder;
import io.audiences.application.port.in.FileAudience;
import io.audiences.application.port.in.GetAudience;
import io.audiences.application.port.in.GetNavigation;
import io.audiences.application.port.in.GetProspect;
import io.audiences.application.port.in.Idempotency;
import io.audiences.application.port.in.IssueApiKey;
import io.audiences.application.port.in.ListAccountGroups;
import io.audiences.application.port.in.ListApiKeys;
import io.audiences.application.port.in.ListAudiences;
import io.audiences.application.port.in.ListProspects;
import io.audiences.application.port.in.RemoveProspects;
import io.audiences.application.port.in.RenameFolder;
import io.audiences.application.port.in.RevokeApiKey;
import io.audiences.application.port.in.UpdateAccountGroup;
import io.audiences.application.port.in.UpdateAudience;
import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.application.port.out.AudiencesStorage;
import io.audiences.application.port.out.FolderRepository;
import io.audiences.application.port.out.IdSource;
import io.audiences.application.port.out.ImportRepository;
import io.audiences.application.port.out.ProspectRepository;
import io.audiences.application.service.AddProspectsService;
import io.audiences.application.service.AuthenticateApiKeyService;
import io.audiences.application.service.CreateAccountGroupService;
import io.audiences.application.service.CreateAudienceService;
import io.audiences.application.service.CreateFolderService;
import io.audiences.application.service.FileAudienceService;
import io.audiences.application.service.GetAudienceService;
import io.audiences.application.service.IdempotencyService;
import io.audiences.application.service.ImportProspectsService;
import io.audiences.application.service.RunImportService;
import io.audiences.application.service.IssueApiKeyService;
import io.audiences.application.service.ListAccountGroupsService;
import io.audiences.application.service.ListAudiencesService;
import io.audiences.application.service.ListProspectsService;
import io.audiences.application.service.RemoveProspectsService;
import io.audiences.application.service.RenameFolderService;
import io.audiences.application.service.UpdateAccountGroupService;
import io.audiences.application.service.UpdateAudienceService;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.plan.PlanCatalog;
import java.time.Clock;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The library's entry point: every use case, wired over storage, a clock, an id source and the
 * plans. {@link #inMemory()} needs nothing else; {@link #over} takes storage of your own (the
 * service passes its JDBI database).
 */
public record UseCases(
        CreateAccountGroup createAccountGroup,
        UpdateAccountGroup updateAccountGroup,
        ListAccountGroups listAccountGroups,
        IssueApiKey issueApiKey,
        RevokeApiKey revokeApiKey,
        ListApiKeys listApiKeys,
        AuthenticateApiKey authenticateApiKey,
        CreateAudience createAudience,
        ListAudiences listAudiences,
        GetAudience getAudience,
        UpdateAudience updateAudience,
        DeleteAudience deleteAudience,
        FileAudience fileAudience,
        CreateFolder createFolder,
        RenameFolder renameFolder,
        DeleteFolder deleteFolder,
        GetNavigation getNavigation,
        AddProspects addProspects,
        ListProspects listProspects,
        GetProspect getProspect,
        RemoveProspects removeProspects,
        ImportProspects importProspects,
        GetImport getImport,
        CancelImport cancelImport,
        RunImport runImport,
        Idempotency idempotency,
        CheckStorage checkStorage) {

    public UseCases {
        Stream.of(createAccountGroup, updateAccountGroup, listAccountGroups, issueApiKey, revokeApiKey, listApiKeys,
                authenticateApiKey, createAudience, listAudiences, getAudience, updateAudience, deleteAudience,
                fileAudience, createFolder, renameFolder, deleteFolder, getNavigation, addProspects, listProspects, getProspect,
                removeProspects, importProspects, getImport, cancelImport, runImport, idempotency,
                checkStorage).forEach(useCase -> Objects.requireNonNull(useCase, "every use case must be given"));
    }

    /** Over in-memory storage, with the system clock, secure random ids and the contract's default plans. */
    public static UseCases inMemory() {
        return over(InMemoryAudiencesStorage.create(), Clock.systemUTC(), new SecureRandomIdSource(), PlanCatalog.defaults());
    }

    /**
     * Over the given storage, clock, ids and plans. A use case with nothing to decide (delete,
     * revoke, navigate, list the keys, check the storage) is the port's own method; the others are
     * services.
     */
    public static UseCases over(AudiencesStorage storage, Clock clock, IdSource ids, PlanCatalog plans) {
        AccountGroupRepository accountGroups = storage.accountGroups();
        AudienceRepository audiences = storage.audiences();
        FolderRepository folders = storage.folders();
        ApiKeyRepository apiKeys = storage.apiKeys();
        ProspectRepository prospects = storage.prospects();
        ImportRepository imports = storage.imports();
        RunImport runImport = new RunImportService(imports, prospects, ids, clock, plans);
        // The queue hands imports to this worker once it runs them (in memory at once; a database's when started).
        storage.importQueue().serve(runImport);
        return new UseCases(
                new CreateAccountGroupService(accountGroups, ids),
                new UpdateAccountGroupService(accountGroups),
                new ListAccountGroupsService(accountGroups),
                new IssueApiKeyService(apiKeys, ids, clock),
                id -> apiKeys.revoke(id, clock.instant()),
                apiKeys::listAll,
                new AuthenticateApiKeyService(apiKeys),
                new CreateAudienceService(audiences, ids, clock, plans),
                new ListAudiencesService(audiences),
                new GetAudienceService(audiences),
                new UpdateAudienceService(audiences),
                audiences::remove,
                new FileAudienceService(audiences),
                new CreateFolderService(folders, ids, clock),
                new RenameFolderService(folders, clock),
                folders::remove,
                folders::navigation,
                new AddProspectsService(prospects, ids, clock, plans),
                new ListProspectsService(prospects),
                (group, audience, prospect) -> prospects.find(group, audience, prospect)
                        .orElseThrow(() -> new UnknownIdException("no prospect " + prospect + " in this audience")),
                new RemoveProspectsService(prospects),
                new ImportProspectsService(imports, storage.importQueue(), ids, clock),
                (group, audience, importId) -> imports.find(group, audience, importId)
                        .orElseThrow(() -> new UnknownIdException("no import " + importId + " of this audience")),
                (group, audience, importId) -> imports.cancel(group, audience, importId, clock.instant()),
                runImport,
                new IdempotencyService(storage.idempotency(), clock),
                storage::ping);
    }
}
