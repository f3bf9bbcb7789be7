# Sourced by the CI scripts that build a small program outside the repository's build settings:
# console_project FILE [ITEMS] writes a net10.0 console project, warnings as errors, with ITEMS in an item group.
console_project() {
  cat > "$1" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
${2:-}  </ItemGroup>
</Project>
XML
}
