#!/usr/bin/env bash
# Measures how long and how much memory `selfcheck check` takes to refuse each bad input (the committed corpus in
# src/test/resources/bad-input and generated hostile files near the 2 MiB limit). Prints figures; asserts nothing.
# Usage: [HEAP=256m] bench/bad-input.sh [NAME...]   (NAME: part of an input's file name, to measure only those)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
exec java -Xmx"${HEAP:-256m}" ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    uk.selfcheck.cli.BadInputBenchmark "$@"
