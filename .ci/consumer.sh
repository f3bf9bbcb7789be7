#!/usr/bin/env bash
# Builds and runs a consumer of the packed packages (artifacts/packages) from a local folder feed, outside the
# repository's build settings and package cache, as a user would: restore by version, build, run one call of each.
set -euo pipefail
cd "$(dirname "$0")/.."
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
for package in Itsm.Core Itsm.Calendars Itsm.Sla Itsm.Incidents Itsm.Documents Itsm.Changes Itsm.Configuration Itsm.Audits Itsm.Json Itsm.Testing; do
  references="$references    <PackageReference Include=\"$package\" Version=\"$version\" />
"
done
cat > "$work/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
$references  </ItemGroup>
</Project>
XML
(cd "$work" && dotnet run --packages "$work/packages" > "$work/out.txt")
cat "$work/out.txt"
grep -q "INC-1 | " "$work/out.txt"
echo "Consumer of the packed packages ($version) built and ran."
