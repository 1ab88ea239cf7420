package io.audiences.bootstrap;

/** Configuration fragments the service tests share. */
final class TestConfigurations {

    /** Application and admin connectors on ports the system chooses, so tests never collide. */
    static final String RANDOM_PORTS = """
            server:
              applicationConnectors:
                - type: http
                  port: 0
              adminConnectors:
                - type: http
                  port: 0
            """;

    /** The embedded default's {@code database:} block: the H2 file in {@code ./data}. */
    static final String H2_FILE_DATABASE = """
            database:
              driverClass: org.h2.Driver
              url: jdbc:h2:file:./data/audiences
              user: sa
              password: ""
            """;

    /** The {@code database:} block of database {@code name} on a local PostgreSQL server at {@code port}. */
    static String postgresDatabase(int port, String name) {
        return """
                database:
                  driverClass: org.postgresql.Driver
                  url: jdbc:postgresql://localhost:%d/%s
                  user: postgres
                  password: ""
                """.formatted(port, name);
    }

    private TestConfigurations() {
    }
}
