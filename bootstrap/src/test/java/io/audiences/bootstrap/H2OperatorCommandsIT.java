package io.audiences.bootstrap;

/** The commands on the embedded H2 file, shared with the running service through H2's mixed mode. */
class H2OperatorCommandsIT extends OperatorCommandsContract {

    @Override
    String databaseYaml(java.nio.file.Path directory) {
        return TestConfigurations.H2_FILE_DATABASE.replace("./data/", directory.resolve("data") + "/");
    }
}
