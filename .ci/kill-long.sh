#!/usr/bin/env bash
# The long crash run (issue 6). Plain `mvn verify` kills each crash test's child 6 times; this script runs the
# three crash tests with many more kills at seeded random points spread over a whole run:
#   EventStoreContract#killMinus9AtRandomPointsLeavesWholeDocumentsAndARerunCompletes   (DuckDB and PostgreSQL)
#   GazetteerTest#killMinus9AtRandomPointsOfAnImportLeavesTheLastCommitAndARerunCompletes
# Each prints one "kill -9 test (...)" line: kills, opens, completed re-runs, where the kills landed.
# About 3-4 s per kill on a 2-core machine: 200 rounds take about 40 minutes for the three.
#
#   .ci/kill-long.sh                  # 200 kills per test, seed 20261126
#   .ci/kill-long.sh 50 7             # 50 kills per test, seed 7
set -u
cd "$(dirname "$0")/.."
ROUNDS="${1:-200}"
SEED="${2:-20261126}"
mvn -o -B test -pl sitrep-store -am \
  -Dtest='DuckDbEventStoreTest#killMinus9*,PostgresEventStoreTest#killMinus9*,GazetteerTest#killMinus9*' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dsitrep.killRounds="$ROUNDS" -Dsitrep.killSeed="$SEED" \
  | grep -E 'kill -9 test|Tests run:|FAIL|ERROR|BUILD'
exit "${PIPESTATUS[0]}"
