#!/usr/bin/env bash
# Load run (not part of ./mvnw verify): builds the test classes, then runs org.itaku.LoadRun in one JVM of
# at most 512 MB heap, server and client together on this machine's cores. Arguments go to LoadRun, e.g.
#   scripts/load.sh --scale office --seconds 30 --clients 16 --profile
#   scripts/load.sh --scale mk --scenarios dashboard,api,pages
#   scripts/load.sh --scale office --scenarios soak --seconds 600
# LOAD_JAVA_OPTS adds JVM options, e.g. LOAD_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q ${MAVEN_OFFLINE:+-o} test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/load-classpath.txt >/dev/null
exec java -Xmx512m -XX:+UseG1GC -Dfile.encoding=UTF-8 ${LOAD_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/load-classpath.txt)" org.itaku.LoadRun "$@"
