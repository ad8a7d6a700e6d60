#!/usr/bin/env bash
# The Java skill beside a Node.js ask-sdk-core skill doing the same work, and beside an earlier build
# of itself, measured in one run: cold start of a whole process, first requests after SnapStart
# priming, warm latency and throughput, outbound Alexa API calls per user turn (counted at the
# emulator), validations per second, peak memory. Prints the tables; asserts nothing.
# RUNS=10 SECONDS_WARM=5 by default; JAVA_OPTS adds JVM options to the `java -jar` cold runs.
# BEFORE_COMMIT (default 9ab94b6, the build before the start-up work of issue 18; "none" skips it)
# is built in target/before/ from this repository's history; BEFORE_DIR names an already built
# checkout instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp package -DskipTests
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
BEFORE_COMMIT="${BEFORE_COMMIT:-9ab94b6}"
if [ -z "${BEFORE_DIR:-}" ] && [ "$BEFORE_COMMIT" != "none" ]; then
  BEFORE_DIR="$PWD/target/before"
  rm -rf "$BEFORE_DIR" && mkdir -p "$BEFORE_DIR"
  git archive "$BEFORE_COMMIT" | tar -x -C "$BEFORE_DIR"
  (cd "$BEFORE_DIR" && mvn -q -B -ntp package -DskipTests \
    && mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test)
fi
export BEFORE_DIR="${BEFORE_DIR:-}"
(cd bench/node-skill && npm ci --no-audit --no-fund --loglevel=error)
python3 bench/performance.py
