#!/usr/bin/env bash
# Runs every benchmark of the issue in one go and writes benchmarks/target/benchmark-report.md:
#   1. picks a JDK >= 21 (./gateway java), builds benchmarks/target/benchmarks.jar (JMH uber-jar);
#   2. compiles native/sodium_bench.c against libsodium and runs it (same operations in C);
#   3. runs JMH with JSON output (benchmarks/target/jmh.json, log in jmh.log);
#   4. generates the Markdown report (io.tcgateway.benchmarks.report.GenerateReport).
# The default run (17 JMH runs of 5 x 2 s + 5 x 2 s, libsodium 5 ops x 12 s) takes about 7 minutes.
#
# Environment (defaults in brackets):
#   BENCH_INCLUDE              JMH benchmark regexes, space separated [all], e.g. 'TonProof|boxOpen'
#   BENCH_EXCLUDE              JMH regex left out when BENCH_INCLUDE is empty [StoreBenchmark]: the
#                              store benchmarks need PostgreSQL / Redis, run them by name
#   BENCH_FORKS                JMH forks [1]
#   BENCH_WARMUP_ITERATIONS    JMH warm-up iterations [5]
#   BENCH_ITERATIONS           JMH measurement iterations, also libsodium's timed iterations [5]
#   BENCH_TIME                 length of one iteration, JMH syntax (2s, 500ms) [2s]
#   BENCH_THREADS              JMH threads [1]; the targets are per thread
#   BENCH_SKIP_BUILD=1         reuse an existing benchmarks.jar
#   BENCH_SKIP_SODIUM=1        do not measure libsodium (the report says so)
#   BENCH_REPORT_HEADING_LEVEL number of '#' of the report's title [3], sections get one more
#   JAVA_HOME                  used when it is a JDK >= 21
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

include=${BENCH_INCLUDE:-}
exclude=${BENCH_EXCLUDE-StoreBenchmark}
forks=${BENCH_FORKS:-1}
warmups=${BENCH_WARMUP_ITERATIONS:-5}
iterations=${BENCH_ITERATIONS:-5}
time=${BENCH_TIME:-2s}
threads=${BENCH_THREADS:-1}

for value in "$forks" "$warmups" "$iterations" "$threads"; do
  [[ "$value" =~ ^[0-9]+$ ]] || { echo "run-benchmarks: not a number: $value" >&2; exit 2; }
done
# JMH takes 2s / 500ms / 1m ...; libsodium's program wants seconds.
case "$time" in
  *ms) seconds=$(awk "BEGIN { print ${time%ms} / 1000 }") ;;
  *s) seconds=${time%s} ;;
  *m) seconds=$(awk "BEGIN { print ${time%m} * 60 }") ;;
  *) echo "run-benchmarks: BENCH_TIME must end in ms, s or m: $time" >&2; exit 2 ;;
esac

JAVA_HOME=$(./gateway java)
export JAVA_HOME
java="$JAVA_HOME/bin/java"
out=benchmarks/target
jar=$out/benchmarks.jar

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 || ! -f "$jar" ]]; then
  echo "== building $jar with $JAVA_HOME"
  ./mvnw -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true
fi
mkdir -p "$out"
"$java" -version 2>"$out/java-version.txt"
rm -f "$out/sodium.txt" "$out/jmh.json"

if [[ "${BENCH_SKIP_SODIUM:-0}" == 1 ]]; then
  echo "== libsodium skipped (BENCH_SKIP_SODIUM=1)"
elif ! pkg-config --exists libsodium 2>/dev/null; then
  echo "== libsodium not found (Debian: apt-get install libsodium-dev); the report will say so" >&2
else
  echo "== libsodium $(pkg-config --modversion libsodium): $iterations x ${seconds} s per operation"
  # shellcheck disable=SC2046  # pkg-config output is meant to be word-split
  gcc -O2 -o "$out/sodium-bench" benchmarks/native/sodium_bench.c $(pkg-config --cflags --libs libsodium)
  "$out/sodium-bench" "$seconds" "$iterations" | tee "$out/sodium.txt"
fi

echo "== JMH: $forks fork(s), $warmups x $time warm-up, $iterations x $time measurement, $threads thread(s)"
read -r -a patterns <<<"$include"
excludes=()
if [[ -z "$include" && -n "$exclude" ]]; then
  excludes=(-e "$exclude")
fi
"$java" -jar "$jar" "${patterns[@]}" "${excludes[@]}" \
  -f "$forks" -wi "$warmups" -w "$time" -i "$iterations" -r "$time" -t "$threads" \
  -foe true -rf json -rff "$out/jmh.json" | tee "$out/jmh.log"

"$java" -cp "$jar" io.tcgateway.benchmarks.report.GenerateReport \
  --jmh "$out/jmh.json" --sodium "$out/sodium.txt" --java-version "$out/java-version.txt" \
  --heading-level "${BENCH_REPORT_HEADING_LEVEL:-3}" --out "$out/benchmark-report.md"
echo
cat "$out/benchmark-report.md"
