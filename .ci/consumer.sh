#!/usr/bin/env bash
# Builds and runs a consumer of the packed packages (artifacts/packages) from a local folder feed, outside the
# repository's build settings and package cache, as a user would: restore by version, build, run one call of each and
# the C# example of each package's README (its using lines hoisted into a namespace of its own, its statements into a
# method).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=.ci/console-project.sh
source .ci/console-project.sh
feed="$(pwd)/artifacts/packages"
version=$(ls "$feed"/Itsm.Core.*.nupkg | grep -v snupkg | sed -E 's#.*/Itsm\.Core\.(.*)\.nupkg#\1#')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp .ci/consumer/Program.cs "$work/"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Itsm.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
references=""
runs=""
for project in src/*/*.csproj; do
  package=$(basename "$project" .csproj)
  references="$references    <PackageReference Include=\"$package\" Version=\"$version\" />
"
  name=${package//./_}
  readme="$(dirname "$project")/README.md"
  if ! grep -q '^```csharp' "$readme"; then
    echo "error: $readme has no C# example" >&2
    exit 1
  fi
  # The README's first C# block: using lines into the namespace, the rest into Run().
  awk -v name="$name" '
    /^```csharp/ && !done { inside = 1; next }
    inside && /^```/ { inside = 0; done = 1; next }
    inside && /^using / && !body { usings = usings $0 "\n"; next }
    inside { body = body "        " $0 "\n" }
    END { printf "namespace Readmes.%s;\n%s\ninternal static class Example\n{\n    public static void Run()\n    {\n%s    }\n}\n", name, usings, body }
  ' "$readme" > "$work/Readme.$name.cs"
  runs="$runs        Console.WriteLine(\"README of $package:\");
        Readmes.$name.Example.Run();
"
done
cat > "$work/Readmes.cs" <<CS
using System;

internal static class ReadmeExamples
{
    public static void RunAll()
    {
$runs    }
}
CS
console_project "$work/Consumer.csproj" "$references"
# A package folder of its own: packages of the same version packed earlier must not come from the user-wide cache.
if ! (cd "$work" && NUGET_PACKAGES="$work/packages" dotnet run > "$work/out.txt" 2>&1); then
  cat "$work/out.txt"
  echo "error: the consumer of the packed packages did not build or run" >&2
  exit 1
fi
cat "$work/out.txt"
grep -q "INC-1 | " "$work/out.txt"
grep -q "README of Itsm.Testing.Audits:" "$work/out.txt"
echo "Consumer of the packed packages ($version) built and ran."
