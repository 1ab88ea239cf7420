package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar says which version it is, and its commands name their options' values plainly. */
class VersionAndUsageIT {

    @TempDir
    Path workingDirectory;

    @Test
    void versionComesFromTheJarsManifest() {
        JarProcess.Result result = JarProcess.run(workingDirectory, "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().strip()).isEqualTo(System.getProperty("audiences.version", "1.0.0-SNAPSHOT"));
    }

    @Test
    void usageNamesTheValuesAsTheContractWritesThem() {
        JarProcess.Result result = JarProcess.run(workingDirectory, "create-api-key", "--help");

        assertThat(result.stdout()).contains("--account-group ID").contains("--permission PERMISSION")
                .doesNotContain("ACCOUNTGROUPS");
    }
}
