#!/usr/bin/env bash
# Prints validations per second of Reminders API bodies (JMH throughput, one fork).
# Extra arguments go to JMH, e.g. bench/validation.sh -i 10
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main ValidationBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s "$@"
