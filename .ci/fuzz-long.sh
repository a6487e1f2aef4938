#!/usr/bin/env bash
# The long fuzz run (issue 6). Plain `mvn test` only replays the seed inputs of the @FuzzTest targets in
# sitrep-core/src/test/java/org/sitrep/fuzz; this script fuzzes each target in turn for the maxDuration its
# annotation gives (3 minutes; about 30 minutes for all nine). Jazzer fuzzes one target per JVM, hence the loop.
#
# A crash, a failed property or a call over the 2 s bound stops that target and is written as
#   sitrep-core/src/test/resources/org/sitrep/fuzz/<Class>Inputs/<method>/crash-<sha1>
# which plain `mvn test` then replays for ever: commit it with the fix. The inputs the fuzzer grew are kept in
# sitrep-core/.cifuzz-corpus/ (not committed) and make the next run start where this one stopped.
#
#   .ci/fuzz-long.sh                                   # every target
#   .ci/fuzz-long.sh 'NameKeyFuzzTest#*'               # one class (or Class#method)
set -u
cd "$(dirname "$0")/.."

TARGETS=(
  'BoilerplateRemoverFuzzTest#cleanNeverGrowsTheTextAndIsDeterministic'
  'CorpusReaderFuzzTest#htmlPagesAreReadOrRejectedInOneLine'
  'CorpusReaderFuzzTest#anyInputIsReadOrRejectedInOneLine'
  'DateExpressionFinderFuzzTest#datesAgainstAFixedPublishedDate'
  'DateExpressionFinderFuzzTest#datesAgainstAnyPublishedDate'
  'NumberParserFuzzTest#findGivesNonNegativeFiguresInsideTheText'
  'NumberParserFuzzTest#parseReadsTheWholeExpressionOrNothing'
  'CasualtyFinderFuzzTest#casualtiesHaveNonNegativeCountsInsideTheSentence'
  'NameKeyFuzzTest#keysAreDeterministicAndClean'
)
[ $# -gt 0 ] && TARGETS=("$@")

mvn -q -o -pl sitrep-core test-compile || exit 1
failed=0
for t in "${TARGETS[@]}"; do
  echo "== fuzzing $t"
  if ! JAZZER_FUZZ=1 mvn -q -o -pl sitrep-core surefire:test -Dtest="org.sitrep.fuzz.$t" \
       -Dsurefire.failIfNoSpecifiedTests=false; then
    echo "!! $t found a failing input: see the crash-* file named above"
    failed=1
  fi
done
exit $failed
