#!/usr/bin/env bash
# Checks the packed packages (artifacts/packages) as a user meets them: .ci/packages/Program.cs says what. Built
# outside the repository's build settings, like the consumer.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=.ci/console-project.sh
source .ci/console-project.sh
feed="$(pwd)/artifacts/packages"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp .ci/packages/Program.cs "$work/"
console_project "$work/PackageCheck.csproj"
(cd "$work" && dotnet run -- "$feed")
