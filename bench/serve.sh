#!/usr/bin/env bash
# Measures the page of `selfcheck serve`: how long the judgements take to come back after one answer changes (p50 and
# p95 over REQUESTS requests, each with one more answer changed), and the memory the serving process holds. Starts the
# server through the launcher, as a leader would, on a free port; stops it at the end. Prints figures; asserts nothing.
# Usage: bench/serve.sh [FILE] [REQUESTS]   (default: fixtures/seeds/gateshead-2015.yaml, 200)
set -euo pipefail
export LC_ALL=C
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
file="${1:-fixtures/seeds/gateshead-2015.yaml}"
requests="${2:-200}"
out="$root/target/bench-serve"
mkdir -p "$out"
mvn -B -q -DskipTests package >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 5; }
# the server edits a copy: the benchmark saves nothing, but the page's file is never the fixture itself
cp "$file" "$out/self-assessment.yaml"
./selfcheck serve "$out/self-assessment.yaml" >"$out/address" 2>"$out/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  [ -s "$out/address" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$out/serve.log" >&2; exit 1; }
  sleep 0.5
done
address="$(head -1 "$out/address")"
# the java process the launcher execs into has the launcher's process id
started="$(grep VmRSS /proc/"$server"/status | awk '{print $2}')"
echo "bench: $(nproc) cores; $file; server ready, resident $((started / 1024)) MB" >&2
java bench/serve/ServeLatency.java "$address" "$out/self-assessment.yaml" "$requests"
awk '/VmRSS|VmHWM/ { printf "%-6s %5d MB\n", $1, $2 / 1024 }' /proc/"$server"/status
