package io.audiences.bootstrap;

import java.nio.file.Path;

/** Two service processes on the embedded default, one H2 file in {@code ./data} (the second reaches it through the first). */
class H2TwoProcessesIdempotencyIT extends TwoProcessesIdempotencyContract {

    @Override
    String databaseYaml(Path workingDirectory) {
        return TestConfigurations.H2_FILE_DATABASE;
    }
}
