#!/usr/bin/env bash
# Checks the packed packages (artifacts/packages) as a user meets them: .ci/packages/Program.cs says what. Built
# outside the repository's build settings, like the consumer.
set -euo pipefail
cd "$(dirname "$0")/.."
feed="$(pwd)/artifacts/packages"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp .ci/packages/Program.cs "$work/"
cat > "$work/PackageCheck.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
</Project>
XML
(cd "$work" && dotnet run -- "$feed")
