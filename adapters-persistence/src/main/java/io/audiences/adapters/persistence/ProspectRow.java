package io.audiences.adapters.persistence;

import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.Company;
import io.audiences.domain.prospect.Email;
import io.audiences.domain.prospect.LinkedinUrl;
import io.audiences.domain.prospect.Prospect;
import io.audiences.domain.prospect.ProspectDraft;
import io.audiences.domain.prospect.ProspectId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code prospects}; its components are the columns, in snake case. */
record ProspectRow(
        String id,
        String audienceId,
        String prospectKey,
        String linkedinUrl,
        String email,
        String firstName,
        String lastName,
        String headline,
        String companyName,
        String companyDomain,
        OffsetDateTime addedAt) {

    static final String COLUMNS = "id, audience_id, prospect_key, linkedin_url, email, first_name, last_name, headline, "
            + "company_name, company_domain, added_at";

    static ProspectRow of(Prospect prospect) {
        ProspectDraft details = prospect.details();
        Company company = details.company();
        return new ProspectRow(prospect.id().value(), prospect.audienceId().value(), prospect.key().value(),
                details.linkedinUrl() == null ? null : details.linkedinUrl().url(),
                details.email() == null ? null : details.email().value(),
                details.firstName(), details.lastName(), details.headline(),
                company == null ? null : company.name(), company == null ? null : company.domain(),
                prospect.addedAt().atOffset(ZoneOffset.UTC));
    }

    Prospect toDomain() {
        return new Prospect(new ProspectId(id), new AudienceId(audienceId),
                draft(linkedinUrl, email, firstName, lastName, headline, companyName, companyDomain), addedAt.toInstant());
    }

    /** A prospect's fields as stored (a prospect's, or an import row's) as the domain's draft. */
    static ProspectDraft draft(String linkedinUrl, String email, String firstName, String lastName, String headline,
            String companyName, String companyDomain) {
        return new ProspectDraft(linkedinUrl == null ? null : LinkedinUrl.parse(linkedinUrl), email == null ? null : new Email(email),
                firstName, lastName, headline, companyName == null ? null : new Company(companyName, companyDomain));
    }

    static ProspectRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ProspectRow(rs.getString("id"), rs.getString("audience_id"), rs.getString("prospect_key"),
                rs.getString("linkedin_url"), rs.getString("email"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("headline"), rs.getString("company_name"), rs.getString("company_domain"),
                rs.getObject("added_at", OffsetDateTime.class));
    }
}
