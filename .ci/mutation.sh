#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the version pinned in dotnet-tools.json) on one package, from its test project:
#   bash .ci/mutation.sh Itsm.Calendars        (also Itsm.Sla, Itsm.Core)
# The source shared by every package (src/Shared: argument checks, wording, the supported span of time) is mutated in
# the Itsm.Core run only, where its own tests are; the other runs leave it out.
# The property tests run at ITSM_PROPERTY_SCALE (0.15 by default here: 300 cases per law instead of 2,000), so a run
# fits in 30 minutes on 2 cores; the report lands in StrykerOutput/ under the test project. docs/quality.md has the
# scores and every surviving mutant with its reason.
set -euo pipefail
package=${1:?name a package: Itsm.Calendars, Itsm.Sla or Itsm.Core}
root=$(cd "$(dirname "$0")/.." && pwd)
tests="$root/tests/$package.Tests"
[ -d "$tests" ] || { echo "no test project $tests" >&2; exit 2; }
cd "$root"
dotnet tool restore >/dev/null
export ITSM_PROPERTY_SCALE=${ITSM_PROPERTY_SCALE:-0.15}
export ITSM_FUZZ_INPUTS=${ITSM_FUZZ_INPUTS:-500}
shared=()
[ "$package" = Itsm.Core ] || shared=(--mutate '**/*.cs' --mutate '!**/Shared/**')
cd "$tests"
exec dotnet stryker \
  --project "$package.csproj" \
  --configuration Release \
  --concurrency "${STRYKER_CONCURRENCY:-2}" \
  --reporter html --reporter json --reporter progress --reporter cleartext \
  --threshold-high 90 --threshold-low 80 \
  "${shared[@]}" \
  "${@:2}"
