# The benchmarks' configuration of the service on a fresh embedded H2 (sourced by import.sh and
# prospects.sh): limits out of the way, no request log, warnings only.
write_h2_config() { # directory app_port admin_port
  cat > "$1/config.yml" <<YAML
database:
  driverClass: org.h2.Driver
  url: jdbc:h2:file:./data/audiences
  user: sa
  password: ""
rateLimit:
  limitForPeriod: 1000000000
  refreshPeriod: 60s
server:
  applicationConnectors:
    - type: http
      port: $2
  adminConnectors:
    - type: http
      port: $3
  requestLog:
    appenders: []
logging:
  level: WARN
YAML
}
