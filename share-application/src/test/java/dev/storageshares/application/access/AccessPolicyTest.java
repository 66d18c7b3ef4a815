package dev.storageshares.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.ProjectMember;
import dev.storageshares.domain.catalog.ProjectRole;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessPolicyTest {
    private final AccessPolicy policy = new AccessPolicy();
    private final Project project = new Project(new ProjectId("p1"), new RealmId("r1"), "Team", List.of(
            new ProjectMember(new UserId("po"), ProjectRole.OWNER),
            new ProjectMember(new UserId("pa"), ProjectRole.ADMIN),
            new ProjectMember(new UserId("pm"), ProjectRole.MEMBER),
            new ProjectMember(new UserId("pv"), ProjectRole.VIEWER)));
    private final Container container = new Container(new ContainerId("c1"), new RealmId("r1"), new ProjectId("p1"),
            new UserId("owner"), "c1", "c1");

    @ParameterizedTest(name = "{0} (roles {1}): read={2} write={3} target project={4}")
    @CsvSource({
            "owner,   '',    true,  true,  false",
            "po,      '',    true,  true,  true",
            "pa,      '',    true,  true,  true",
            "pm,      '',    true,  true,  true",
            "pv,      '',    true,  false, true",
            "outsider,'',    false, false, false",
            "outsider,admin, true,  true,  true",
            "outsider,auditor, false, false, false",
    })
    void grantsExactlyTheContractsTable(String user, String role, boolean read, boolean write, boolean target) {
        Caller caller = new Caller(new UserId(user), role.isEmpty() ? Set.of() : Set.of(role));

        assertThat(policy.canRead(caller, container, project)).isEqualTo(read);
        assertThat(policy.canWrite(caller, container, project)).isEqualTo(write);
        assertThat(policy.canTarget(caller, project)).isEqualTo(target);
    }
}
