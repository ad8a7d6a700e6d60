#!/usr/bin/env bash
# The Java skill beside a Node.js ask-sdk-core skill doing the same work, measured in one run:
# cold start of a whole process, warm latency and throughput, outbound Alexa API calls per user
# turn (counted at the emulator), validations per second, peak memory. Prints one table; asserts
# nothing. RUNS=10 SECONDS_WARM=5 by default; JAVA_OPTS adds JVM options to the Java cold runs.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp package -DskipTests
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
(cd bench/node-skill && npm ci --no-audit --no-fund --loglevel=error)
python3 bench/performance.py
