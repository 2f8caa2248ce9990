package org.itaku.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.itaku.identity.AccountException;
import org.itaku.identity.Accounts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "admin", description = "Administer accounts.", subcommands = AdminCommand.Create.class)
class AdminCommand {

    @ParentCommand
    Itaku root;

    @Command(name = "create", description = "Create a workspace and its first administrator. "
            + "The password is read from the terminal, or from the first line of standard input; never from an argument.")
    static class Create implements Callable<Integer> {

        @ParentCommand
        AdminCommand admin;

        @Option(names = "--email", required = true, description = "Sign-in e-mail address of the administrator.")
        String email;

        @Option(names = "--name", description = "Display name (default: the e-mail address).")
        String displayName;

        @Option(names = "--workspace", defaultValue = "Itaku", description = "Name of the new workspace (default: ${DEFAULT-VALUE}).")
        String workspace;

        @Override
        public Integer call() throws IOException {
            char[] password = readPassword();
            if (password == null || password.length == 0) {
                System.err.println("error: no password given on the terminal or standard input");
                return 2;
            }
            try (ConfigurableApplicationContext context = Itaku.startWithoutWeb(admin.root)) {
                Accounts accounts = context.getBean(Accounts.class);
                try {
                    accounts.createWorkspaceWithAdmin(workspace, email, displayName == null ? email : displayName, password);
                } catch (AccountException e) {
                    MessageSource messages = context.getBean(MessageSource.class);
                    for (String code : e.codes()) {
                        System.err.println("error: " + messages.getMessage(code, null, code, java.util.Locale.ENGLISH)
                                + " / " + messages.getMessage(code, null, code, java.util.Locale.JAPANESE));
                    }
                    return 2;
                }
                System.out.println("Created administrator " + email + " in workspace \"" + workspace + "\".");
                return 0;
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }

        private static char[] readPassword() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password / パスワード: ");
                char[] again = console.readPassword("Again / 確認: ");
                if (first == null || again == null || !java.util.Arrays.equals(first, again)) {
                    System.err.println("error: the two passwords differ");
                    return null;
                }
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.toCharArray();
        }
    }
}
