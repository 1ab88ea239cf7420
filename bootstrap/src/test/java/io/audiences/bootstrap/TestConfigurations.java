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

    private TestConfigurations() {
    }
}
