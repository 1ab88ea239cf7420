package io.audiences.adapters.persistence;

import io.audiences.application.contract.AccountGroupRepositoryContract;
import io.audiences.application.contract.ApiKeyRepositoryContract;
import io.audiences.application.contract.AudienceRepositoryContract;
import io.audiences.application.contract.IdempotencyContract;
import io.audiences.application.contract.ImportsContract;
import io.audiences.application.contract.LifecycleContract;
import io.audiences.application.contract.ProspectsContract;
import io.audiences.application.contract.Storage;
import org.junit.jupiter.api.Nested;

/** Runs the application's port contract suites against one real database; subclasses choose it. */
abstract class RepositoryContracts {

    /** Fresh repositories on a migrated database (a shared one: the suites use fresh ids). */
    abstract Storage storage();

    @Nested
    class AccountGroups extends AccountGroupRepositoryContract {
        @Override
        protected Storage newStorage() {
            return storage();
        }
    }

    @Nested
    class Audiences extends AudienceRepositoryContract {
        @Override
        protected Storage newStorage() {
            return storage();
        }
    }

    @Nested
    class Lifecycle extends LifecycleContract {
        @Override
        protected Storage newStorage() {
            return storage();
        }
    }

    @Nested
    class Prospects extends ProspectsContract {
        @Override
        protected Storage newStorage() {
            return storage();
        }
    }

    @Nested
    class Imports extends ImportsContract {
        @Override
        protected Storage newStorage() {
            return storage();
        }
    }

    @Nested
    class Idempotency extends IdempotencyContract {
        @Override
        protected Storage newStorage() {
            return storage();
        }
    }

    @Nested
    class ApiKeys extends ApiKeyRepositoryContract {
        @Override
        protected Storage newStorage() {
            return storage();
        }
    }
}
