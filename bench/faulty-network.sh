#!/usr/bin/env bash
# Create turns through a proxy that holds, drops and fails the skill's Alexa API calls: prints
# lost and duplicate reminders and how honest each answer was. Arguments: [TURNS] [SEED]
# (default 160 turns, seed 14). Takes a few minutes: held calls wait 2.8 s each.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -Dsun.net.http.retryPost=false -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  com.example.reminderskill.bench.FaultyNetworkBenchmark "$@"
