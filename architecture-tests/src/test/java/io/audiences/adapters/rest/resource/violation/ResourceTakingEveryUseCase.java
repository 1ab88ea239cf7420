package io.audiences.adapters.rest.resource.violation;

import io.audiences.application.Audiences;

/** A deliberate violation: a resource handed every use case of the library. */
public record ResourceTakingEveryUseCase(Audiences useCases) {
}
