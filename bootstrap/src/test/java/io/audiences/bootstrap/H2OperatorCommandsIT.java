package io.audiences.bootstrap;

/** The commands on the embedded H2 file, shared with the running service through H2's mixed mode. */
class H2OperatorCommandsIT extends OperatorCommandsContract {

    @Override
    String databaseYaml() {
        return """
                database:
                  driverClass: org.h2.Driver
                  url: jdbc:h2:file:./data/audiences
                  user: sa
                  password: ""
                """;
    }
}
