#!/usr/bin/env bash
# Prints validations per second of Reminders API bodies (JMH throughput).
# Without arguments: one fork, 3 warm-up and 5 measured iterations of 1 s. Arguments replace
# those JMH options, e.g. bench/validation.sh -f 2 -wi 5 -i 10
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
if [ "$#" -eq 0 ]; then
  set -- -f 1 -wi 3 -w 1s -i 5 -r 1s
fi
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main ValidationBenchmark "$@"
