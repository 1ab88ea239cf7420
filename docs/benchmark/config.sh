# The benchmarks' configuration of the service (sourced by the scripts): limits out of the way, no
# request log, warnings only.

# The JVM options the README starts the service with (docs/performance.md, "Fifth pass"), and the
# scripts' (java_opts): JAVA_OPTS if set, these otherwise.
README_JAVA_OPTS='-Xmx128m -XX:-TieredCompilation -XX:TrimNativeHeapInterval=1000'
java_opts=${JAVA_OPTS-$README_JAVA_OPTS}

# The embedded H2 in ./data, as the service's own default.
H2_DATABASE='  driverClass: org.h2.Driver
  url: jdbc:h2:file:./data/audiences
  user: sa
  password: ""'

service_config() { # app_port admin_port database_yaml [rateLimit.store]
  cat <<YAML
database:
$3
rateLimit:
  limitForPeriod: 1000000000
  refreshPeriod: 60s${4:+
  store: $4}
failedAuthenticationLimit:
  limitForPeriod: 1000000000
  refreshPeriod: 60s
server:
  applicationConnectors:
    - type: http
      port: $1
  adminConnectors:
    - type: http
      port: $2
  requestLog:
    appenders: []
logging:
  level: WARN
YAML
}

write_h2_config() { # directory app_port admin_port
  service_config "$2" "$3" "$H2_DATABASE" > "$1/config.yml"
}
