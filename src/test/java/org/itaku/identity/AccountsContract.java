package org.itaku.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Account rules that must hold on every supported database. */
abstract class AccountsContract {

    @Autowired
    Accounts accounts;

    static String uniqueEmail() {
        return "u" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    }

    @Test
    void createsAWorkspaceWithItsFirstAdministrator() {
        String email = uniqueEmail();
        Accounts.NewMember created = accounts.createWorkspaceWithAdmin("社会保険労務士法人サンプル", email, "山田 花子",
                "Kx7#mQ2!vW9z".toCharArray());

        assertThat(accounts.memberships(created.userId()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.role()).isEqualTo(Role.ADMIN);
                    assertThat(m.workspaceName()).isEqualTo("社会保険労務士法人サンプル");
                    assertThat(m.email()).isEqualTo(email);
                });
    }

    @Test
    void aWeakPasswordLeavesNothingBehind() {
        String email = uniqueEmail();
        long before = accounts.userCount();

        assertThatThrownBy(() -> accounts.createWorkspaceWithAdmin("弱いパスワード組合", email, "テスト", "short".toCharArray()))
                .isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).codes()).contains("password.TOO_SHORT"));

        assertThat(accounts.userCount()).isEqualTo(before);
        assertThat(accounts.findUserId(email)).isEmpty();
    }

    @Test
    void anEmailCanOnlyBeRegisteredOnce() {
        String email = uniqueEmail();
        accounts.createWorkspaceWithAdmin("一つ目", email, "A", "Kx7#mQ2!vW9z".toCharArray());

        assertThatThrownBy(() -> accounts.createWorkspaceWithAdmin("二つ目", email.toUpperCase(), "B",
                "Kx7#mQ2!vW9z".toCharArray()))
                .isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).codes()).containsExactly("account.emailTaken"));
    }
}
