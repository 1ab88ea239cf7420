package io.audiences.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.plan.Plan;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AccountGroupRepository} must do. Subclasses supply a fresh store. */
public abstract class AccountGroupRepositoryContract {

    private AccountGroupRepository groups;

    protected abstract Storage newStorage();

    @BeforeEach
    void setUp() {
        groups = newStorage().accountGroups();
    }

    @Test
    void anInsertedGroupIsFoundFieldForField() {
        AccountGroup group = new AccountGroup(new AccountGroupId(Fixtures.newHexId()), "Ünïcødé 😀 Group", Plan.SCALE, true);

        groups.insert(group);

        assertThat(groups.find(group.id())).contains(group);
    }

    @Test
    void anUnknownGroupIsNotFound() {
        assertThat(groups.find(new AccountGroupId(Fixtures.newHexId()))).isEmpty();
    }

    @Test
    void anUpdateChangesPlanAndLinkedinConnection() {
        AccountGroup group = Fixtures.accountGroup(Plan.TESTER, false);
        groups.insert(group);

        AccountGroup updated = group.withPlan(Plan.ENTERPRISE).withLinkedinConnected(true);
        groups.update(updated);

        assertThat(groups.find(group.id())).contains(updated);
    }

    @Test
    void updatingAnUnknownGroupIsNotFound() {
        assertThatThrownBy(() -> groups.update(Fixtures.accountGroup(Plan.TESTER, false)))
                .isInstanceOf(UnknownIdException.class);
    }

    @Test
    void findAllReturnsTheKnownGroupsAmongTheIdsByName() {
        AccountGroup zulu = new AccountGroup(new AccountGroupId(Fixtures.newHexId()), "Zulu", Plan.TESTER, false);
        AccountGroup alpha = new AccountGroup(new AccountGroupId(Fixtures.newHexId()), "Alpha", Plan.STARTER, true);
        AccountGroup other = Fixtures.accountGroup(Plan.SCALE, false);
        groups.insert(zulu);
        groups.insert(alpha);
        groups.insert(other);

        List<AccountGroup> found = groups.findAll(List.of(zulu.id(), alpha.id(), new AccountGroupId(Fixtures.newHexId())));

        assertThat(found).containsExactly(alpha, zulu);
        assertThat(groups.findAll(List.of())).isEmpty();
    }

    @Test
    void listAllHoldsEveryGroupByNameThenId() {
        AccountGroup zulu = new AccountGroup(new AccountGroupId(Fixtures.newHexId()), "Zulu", Plan.TESTER, false);
        AccountGroup alpha = new AccountGroup(new AccountGroupId(Fixtures.newHexId()), "Alpha", Plan.STARTER, true);
        AccountGroup alphaAgain = new AccountGroup(new AccountGroupId(Fixtures.newHexId()), "Alpha", Plan.SCALE, false);
        List.of(zulu, alpha, alphaAgain).forEach(groups::insert);

        List<AccountGroup> ours = groups.listAll().stream().filter(List.of(zulu, alpha, alphaAgain)::contains).toList();

        Comparator<AccountGroup> byNameThenId = Comparator.comparing(AccountGroup::name).thenComparing(group -> group.id().value());
        assertThat(ours).containsExactlyElementsOf(List.of(zulu, alpha, alphaAgain).stream().sorted(byNameThenId).toList());
    }
}
