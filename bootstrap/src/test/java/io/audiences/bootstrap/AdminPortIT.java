package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin port exposed on purpose still keeps what changes the service (tasks) or shows its
 * insides (thread dumps, CPU profiles) for this machine. The admin connector speaks the PROXY
 * protocol here, so that the test can present a request as coming from another host.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminPortIT {

    private static final DropwizardAppExtension<AudiencesConfiguration> APP = ServiceUnderTest.on(
            "org.h2.Driver", "jdbc:h2:mem:admin-port;DB_CLOSE_DELAY=-1", "sa",
            "server.adminConnectors[0].bindHost", "0.0.0.0",
            "server.adminConnectors[0].useProxyProtocol", "true");

    private static final String ANOTHER_HOST = "203.0.113.9";
    private static final String THIS_MACHINE = "127.0.0.1";

    @Test
    void tasksThreadDumpsAndProfilesAreRefusedToOtherHosts() {
        assertThat(statusLine(ANOTHER_HOST, "POST", "/tasks/log-level?logger=ROOT&level=OFF")).contains(" 403 ");
        assertThat(statusLine(ANOTHER_HOST, "POST", "/tasks/gc")).contains(" 403 ");
        assertThat(statusLine(ANOTHER_HOST, "GET", "/threads")).contains(" 403 ");
        assertThat(statusLine(ANOTHER_HOST, "GET", "/pprof")).contains(" 403 ");
    }

    @Test
    void healthMetricsAndPingAnswerOtherHosts() {
        assertThat(statusLine(ANOTHER_HOST, "GET", "/healthcheck")).contains(" 200 ");
        assertThat(statusLine(ANOTHER_HOST, "GET", "/metrics")).contains(" 200 ");
        assertThat(statusLine(ANOTHER_HOST, "GET", "/ping")).contains(" 200 ");
    }

    @Test
    void tasksAndThreadDumpsAnswerThisMachine() {
        assertThat(statusLine(THIS_MACHINE, "POST", "/tasks/log-level?logger=io.audiences.test&level=INFO")).contains(" 200 ");
        assertThat(statusLine(THIS_MACHINE, "GET", "/threads")).contains(" 200 ");
    }

    /** Sends one request that says (PROXY protocol v1) it comes from {@code client}, and returns the status line. */
    private static String statusLine(String client, String method, String path) {
        int port = APP.getAdminPort();
        String request = "PROXY TCP4 " + client + " 127.0.0.1 40000 " + port + "\r\n"
                + method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            for (int b; (b = in.read()) != -1 && b != '\n'; ) {
                answer.write(b);
            }
            return answer.toString(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
