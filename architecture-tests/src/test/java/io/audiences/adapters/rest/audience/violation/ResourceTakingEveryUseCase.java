package io.audiences.adapters.rest.audience.violation;

import io.audiences.application.UseCases;

/** A deliberate violation: a resource handed every use case of the library. */
public record ResourceTakingEveryUseCase(UseCases useCases) {
}
