package io.audiences.adapters.rest.prospect;

import io.audiences.adapters.rest.route.Timestamps;
import io.audiences.domain.prospect.Company;
import io.audiences.domain.prospect.Prospect;
import io.audiences.domain.prospect.ProspectDraft;

/** A prospect as the API shows it: every field always present, {@code null} where absent. */
record ProspectResponse(
        String id,
        String linkedinUrl,
        String publicIdentifier,
        String email,
        String firstName,
        String lastName,
        String name,
        String headline,
        CompanyResponse company,
        String addedAt) {

    record CompanyResponse(String name, String domain) {
    }

    static ProspectResponse of(Prospect prospect) {
        ProspectDraft details = prospect.details();
        Company company = details.company();
        return new ProspectResponse(prospect.id().value(),
                details.linkedinUrl() == null ? null : details.linkedinUrl().url(),
                details.linkedinUrl() == null ? null : details.linkedinUrl().publicIdentifier(),
                details.email() == null ? null : details.email().value(),
                details.firstName(), details.lastName(), details.name(), details.headline(),
                company == null ? null : new CompanyResponse(company.name(), company.domain()),
                Timestamps.of(prospect.addedAt()));
    }
}
