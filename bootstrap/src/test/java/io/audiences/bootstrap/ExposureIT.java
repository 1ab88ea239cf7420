package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the service started as the README says (no configuration file, embedded H2) lets other
 * hosts reach: the API, and nothing else. An address of the loopback network other than
 * 127.0.0.1 (127.0.0.2) stands in for every other interface: it reaches a port bound to all
 * interfaces, never one bound to 127.0.0.1.
 */
class ExposureIT {

    private static final List<String> RANDOM_PORTS = List.of(
            "-Ddw.server.applicationConnectors[0].port=0", "-Ddw.server.adminConnectors[0].port=0");

    @TempDir
    Path workingDirectory;

    @Test
    void onlyTheApiListensBeyondLoopbackAndTheDatabaseFilesArePrivate() throws IOException {
        try (JarProcess server = JarProcess.startServer(workingDirectory, RANDOM_PORTS)) {
            assertThat(reachable("127.0.0.2", server.port())).as("the API, on every interface").isTrue();

            assertThat(reachable("127.0.0.1", server.adminPort())).as("the admin port from this machine").isTrue();
            assertThat(reachable("127.0.0.2", server.adminPort())).as("the admin port from elsewhere").isFalse();

            int databasePort = embeddedDatabasePort();
            assertThat(reachable("127.0.0.1", databasePort)).as("H2's port for the commands, from this machine").isTrue();
            assertThat(reachable("127.0.0.2", databasePort)).as("H2's port from elsewhere").isFalse();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(workingDirectory.resolve("data"))))
                    .as("./data holds the database and the key to its port").isEqualTo("rwx------");
        }
    }

    @Test
    void anExistingDataDirectoryOpenToOthersIsMadePrivate() throws IOException {
        Files.createDirectories(workingDirectory.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(workingDirectory.resolve("data"), PosixFilePermissions.fromString("rwxr-xr-x"));

        try (JarProcess server = JarProcess.startServer(workingDirectory, RANDOM_PORTS)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(workingDirectory.resolve("data"))))
                    .isEqualTo("rwx------");
        }
    }

    /** The port the embedded database serves the operator commands on, as its lock file says. */
    private int embeddedDatabasePort() throws IOException {
        Properties lock = new Properties();
        try (Reader reader = Files.newBufferedReader(workingDirectory.resolve("data/audiences.lock.db"))) {
            lock.load(reader);
        }
        String server = lock.getProperty("server");
        assertThat(server).as("H2's lock file names its server").isNotNull();
        return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (ConnectException refused) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("neither refused nor connected: " + host + ":" + port, e);
        }
    }

    @Test
    void theLoopbackStandInReachesPortsBoundToEveryInterface() throws IOException {
        try (ServerSocket everywhere = new ServerSocket(0)) {
            assertThat(reachable("127.0.0.2", everywhere.getLocalPort())).isTrue();
        }
        try (ServerSocket loopbackOnly = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            assertThat(reachable("127.0.0.2", loopbackOnly.getLocalPort())).isFalse();
        }
    }
}
