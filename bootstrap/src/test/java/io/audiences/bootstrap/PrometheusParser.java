package io.audiences.bootstrap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' own parsers of its two text formats: those of its Python client (the strict
 * OpenMetrics one among them), run by this machine's {@code python3}. The client comes from
 * Debian's {@code python3-prometheus-client}, unpacked into {@code target/} (no root needed, unless
 * the package lists were never fetched; then, as root, they are fetched first).
 */
final class PrometheusParser {

    enum Format { TEXT, OPENMETRICS }

    /** One sample of a scrape: {@code name} is the sample's ({@code …_total}), {@code family} its family's. */
    record Sample(String family, String type, String name, Map<String, String> labels, double value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
    private static final Path CLIENT = Path.of("target", "prometheus-client").toAbsolutePath();
    private static final Path SITE_PACKAGES = CLIENT.resolve("usr/lib/python3/dist-packages");

    private PrometheusParser() {
    }

    static List<Sample> parse(String scrape, Format format) throws IOException, InterruptedException {
        Path script = CLIENT.resolve("parse.py");
        installClient(script);
        ProcessBuilder python = new ProcessBuilder("python3", script.toString(), format.name().toLowerCase())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        python.environment().put("PYTHONPATH", SITE_PACKAGES.toString());
        Process process = python.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(scrape.getBytes(StandardCharsets.UTF_8));
        }
        String samples = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("Prometheus' " + format + " parser refused the scrape (its error is above):\n" + scrape);
        }
        return JSON.readValue(samples, new TypeReference<>() { });
    }

    private static synchronized void installClient(Path script) throws IOException, InterruptedException {
        if (!Files.isRegularFile(SITE_PACKAGES.resolve("prometheus_client/openmetrics/parser.py"))) {
            Files.createDirectories(CLIENT);
            if (!run("apt-get", "download", "python3-prometheus-client") && isRoot()) {
                run("apt-get", "update", "-qq");
                run("apt-get", "download", "python3-prometheus-client");
            }
            try (var debs = Files.list(CLIENT)) {
                Path deb = debs.filter(file -> file.getFileName().toString().endsWith(".deb")).findFirst()
                        .orElseThrow(() -> new AssertionError("could not download Debian's python3-prometheus-client"
                                + " (apt-get download python3-prometheus-client; its output: " + CLIENT.resolve("apt-get.log") + ")"));
                if (!run("dpkg-deb", "-x", deb.toString(), CLIENT.toString())) {
                    throw new AssertionError("could not unpack " + deb);
                }
            }
        }
        try (InputStream parse = PrometheusParser.class.getResourceAsStream("/prometheus/parse.py")) {
            Files.write(script, parse.readAllBytes());
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        // Into a file: written to the forked test JVM's own streams, it corrupts Surefire's channel.
        Process process = new ProcessBuilder(command).directory(CLIENT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(CLIENT.resolve("apt-get.log").toFile())).start();
        return process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0;
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").start();
        return new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().equals("0") && id.waitFor() == 0;
    }
}
