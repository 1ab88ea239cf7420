package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar says which version it is, and its commands name their options' values plainly. */
class VersionAndUsageIT {

    @TempDir
    Path workingDirectory;

    /** Its version, the commit it was built from and that commit's time, from the jar's manifest. */
    @Test
    void versionNamesTheBuild() {
        JarProcess.Result result = JarProcess.run(workingDirectory, "--version");

        assertThat(result.exitCode()).isZero();
        String commitAndTime = java.nio.file.Files.exists(Path.of("..", ".git"))
                ? "\\S*[0-9a-f]{7}(-dirty)?, \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"
                : "unknown commit, unknown time";
        assertThat(result.stdout().strip()).isEqualTo(System.getProperty("audiences.build"))
                .matches("1\\.0\\.0-SNAPSHOT \\(" + commitAndTime + "\\)");
    }

    @Test
    void usageNamesTheValuesAsTheContractWritesThem() {
        JarProcess.Result result = JarProcess.run(workingDirectory, "create-api-key", "--help");

        assertThat(result.stdout()).contains("--account-group ID").contains("--permission PERMISSION")
                .doesNotContain("ACCOUNTGROUPS");
    }
}
