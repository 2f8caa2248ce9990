package org.itaku.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;

import org.itaku.DataDirectory;
import org.itaku.identity.DeviceCertificates;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "tls", description = "Prepare HTTPS with device (client) certificates.", subcommands = TlsCommand.Init.class)
class TlsCommand {

    @ParentCommand
    Itaku root;

    @Command(name = "init", description = "Write the device trust store and, unless --server-keystore is given, a "
            + "self-signed server key store under DATA/tls, then print the settings to start Itaku with HTTPS.")
    static class Init implements Callable<Integer> {

        @ParentCommand
        TlsCommand tls;

        @Option(names = "--host", defaultValue = "localhost", description = "Host name of the server (default: ${DEFAULT-VALUE}).")
        String host;

        @Option(names = "--server-keystore", description = "An existing PKCS#12 server key store to use instead.")
        Path serverKeyStore;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Itaku.startWithoutWeb(tls.root)) {
                DeviceCertificates devices = context.getBean(DeviceCertificates.class);
                Path trustStore = devices.writeTrustStore();
                Path tlsDir = trustStore.toAbsolutePath().getParent();
                String keyStorePassword = "<the key store's password>";
                Path keyStore = serverKeyStore;
                if (keyStore == null) {
                    keyStore = tlsDir.resolve("server.p12");
                    byte[] random = new byte[18];
                    new SecureRandom().nextBytes(random);
                    keyStorePassword = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                    devices.writeServerKeyStore(keyStore, host, keyStorePassword.toCharArray());
                    Files.writeString(tlsDir.resolve("server.password"), keyStorePassword);
                }
                // The key stores and the password: owner only (0600), wherever the settings put them.
                DataDirectory.ownerOnly(trustStore, tlsDir.resolve("server.p12"), tlsDir.resolve("server.password"));
                System.out.println("Device trust store: " + trustStore);
                System.out.println("Server key store:   " + keyStore.toAbsolutePath());
                System.out.println();
                System.out.println("Start Itaku with these settings (environment variables or application properties):");
                System.out.println("  server.port=8443");
                System.out.println("  server.ssl.bundle=itaku");
                System.out.println("  server.ssl.client-auth=want");
                System.out.println("  spring.ssl.bundle.jks.itaku.keystore.location=file:" + keyStore.toAbsolutePath());
                System.out.println("  spring.ssl.bundle.jks.itaku.keystore.password=" + (serverKeyStore == null
                        ? "(in " + tlsDir.resolve("server.password") + ")" : keyStorePassword));
                System.out.println("  spring.ssl.bundle.jks.itaku.keystore.type=PKCS12");
                System.out.println("  spring.ssl.bundle.jks.itaku.truststore.location=file:" + trustStore);
                System.out.println("  spring.ssl.bundle.jks.itaku.truststore.password=itaku-trust");
                System.out.println("  spring.ssl.bundle.jks.itaku.truststore.type=PKCS12");
                System.out.println("  spring.ssl.bundle.jks.itaku.reload-on-update=true");
                return 0;
            }
        }
    }
}
