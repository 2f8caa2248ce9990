package org.itaku.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** The main menu shows each role exactly the sections it may open, in the layout every page shares. */
@ItakuTest
class NavigationByRoleTest {

    private static final Pattern NAV = Pattern.compile("<nav class=\"mainnav\".*?</nav>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void eachRoleSeesItsOwnSections() throws Exception {
        long ws = accounts.createWorkspace("メニュー試験 " + UUID.randomUUID());
        List<String> staffSections = List.of("/", "/register", "/incidents", "/assessments", "/casebook", "/obligations/check");

        assertThat(menuOf(member(ws, Role.STAFF))).containsExactlyElementsOf(staffSections);
        assertThat(menuOf(member(ws, Role.OFFICER))).containsExactlyElementsOf(staffSections);
        assertThat(menuOf(member(ws, Role.AUDITOR))).containsExactlyElementsOf(concat(staffSections, "/admin/accounts", "/audit"));
        assertThat(menuOf(member(ws, Role.ADMIN)))
                .containsExactlyElementsOf(concat(staffSections, "/admin/accounts", "/admin/devices", "/audit"));
    }

    private static List<String> concat(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more)).toList();
    }

    private WorkspaceMember member(long ws, Role role) {
        long userId = accounts.createMember(ws, role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.jp", "利用 者", "Kx7#mQ2!vW9z".toCharArray(), role);
        return accounts.memberships(userId).get(0);
    }

    private List<String> menuOf(WorkspaceMember member) throws Exception {
        String html = mvc.perform(get("/account").with(user(member.email())
                .authorities(new SimpleGrantedAuthority(member.role().authority()), member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher nav = NAV.matcher(html);
        assertThat(nav.find()).as("the page has the main menu").isTrue();
        return HREF.matcher(nav.group()).results().map(m -> m.group(1)).toList();
    }
}
