# Parses a scrape from standard input with Prometheus' own Python client and prints its samples as
# JSON. argv[1]: "text" (the Prometheus text format 0.0.4) or "openmetrics" (OpenMetrics 1.0, strict).
import json
import sys

if sys.argv[1] == "openmetrics":
    from prometheus_client.openmetrics.parser import text_string_to_metric_families
else:
    from prometheus_client.parser import text_string_to_metric_families

samples = []
for family in text_string_to_metric_families(sys.stdin.read()):
    for sample in family.samples:
        samples.append({"family": family.name, "type": family.type, "name": sample.name,
                        "labels": sample.labels, "value": sample.value})
json.dump(samples, sys.stdout)
