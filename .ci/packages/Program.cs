// Checks the packed packages as a user meets them (artifacts/packages): the nuspec fields, the README and icon in each
// package, the symbols package (every source file embedded in the PDB), and the dependency closure of each
// package (dependencies follow use: a user of calendar and SLA JSON restores no incident or document assembly; domain
// packages never depend on JSON or generators). Prints one line per package; exits 1 with every problem listed.
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text.RegularExpressions;
using System.Xml.Linq;

string feed = args.Length > 0 ? args[0] : throw new ArgumentException("usage: packages <folder of .nupkg files>");
const string Repository = "https://github.com/itsm-sdk/itsm-core";
string[] domains = ["Incidents", "Documents", "Changes", "Configuration", "Audits"];
var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
var sourceLink = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");

var problems = new List<string>();
int sourceLinked = 0;
var packages = new Dictionary<string, (string Version, List<(string Id, string Range)> Dependencies, string Tags)>();
foreach (string path in Directory.GetFiles(feed, "*.nupkg").Order(StringComparer.Ordinal))
{
    using var zip = ZipFile.OpenRead(path);
    var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
    XDocument nuspec;
    using (var stream = nuspecEntry.Open())
    {
        nuspec = XDocument.Load(stream);
    }

    var ns = nuspec.Root!.Name.Namespace;
    var metadata = nuspec.Root.Element(ns + "metadata")!;
    string Field(string name) => metadata.Element(ns + name)?.Value.Trim() ?? string.Empty;
    string id = Field("id");
    string version = Field("version");
    void Problem(string text) => problems.Add(id + ": " + text);

    foreach (string name in new[] { "id", "version", "authors", "description", "tags", "projectUrl", "releaseNotes", "readme", "icon", "copyright" })
    {
        if (Field(name).Length == 0)
        {
            Problem("the nuspec has no " + name);
        }
    }

    if (Field("description").Length < 80)
    {
        Problem("the description says too little: " + Field("description"));
    }

    if (metadata.Element(ns + "license") is not { } license || license.Attribute("type")?.Value != "expression" || license.Value != "MIT")
    {
        Problem("the license is not the MIT expression");
    }

    var repository = metadata.Element(ns + "repository");
    if (repository?.Attribute("url")?.Value != Repository || repository.Attribute("type")?.Value != "git")
    {
        Problem("the repository is not " + Repository + " (git)");
    }

    if (string.IsNullOrEmpty(repository?.Attribute("commit")?.Value))
    {
        Problem("the repository element names no commit");
    }

    if (Field("projectUrl") != Repository)
    {
        Problem("the project URL is not " + Repository);
    }

    var readme = zip.GetEntry(Field("readme"));
    if (readme is null)
    {
        Problem("the package has no " + Field("readme"));
    }
    else
    {
        using var reader = new StreamReader(readme.Open());
        string text = reader.ReadToEnd();
        if (!text.StartsWith("# " + id + "\n", StringComparison.Ordinal) && !text.StartsWith("# " + id + "\r\n", StringComparison.Ordinal))
        {
            Problem("the README is not the package's own (it does not start with # " + id + ")");
        }

        foreach (Match link in Regex.Matches(text, @"\]\(([^)]+)\)"))
        {
            if (!link.Groups[1].Value.StartsWith("https://", StringComparison.Ordinal) && !link.Groups[1].Value.StartsWith('#'))
            {
                Problem("the README links " + link.Groups[1].Value + ", which does not resolve on a package page");
            }
        }
    }

    if (zip.GetEntry(Field("icon")) is null)
    {
        Problem("the package has no " + Field("icon"));
    }

    foreach (string file in new[] { $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml" })
    {
        if (zip.GetEntry(file) is null)
        {
            Problem("the package has no " + file);
        }
    }

    string symbols = Path.ChangeExtension(path, ".snupkg");
    if (!File.Exists(symbols))
    {
        Problem("there is no symbols package");
    }
    else
    {
        using var symbolZip = ZipFile.OpenRead(symbols);
        var pdb = symbolZip.GetEntry($"lib/net10.0/{id}.pdb");
        if (pdb is null)
        {
            Problem("the symbols package has no PDB");
        }
        else
        {
            using var memory = new MemoryStream();
            using (var stream = pdb.Open())
            {
                stream.CopyTo(memory);
            }

            memory.Position = 0;
            using var provider = MetadataReaderProvider.FromPortablePdbStream(memory);
            var reader = provider.GetMetadataReader();
            var kinds = reader.CustomDebugInformation.Select(h => reader.GetGuid(reader.GetCustomDebugInformation(h).Kind)).ToList();
            int documents = reader.Documents.Count;
            int embedded = kinds.Count(k => k == embeddedSource);
            if (embedded < documents)
            {
                Problem($"the PDB embeds {embedded} of its {documents} source files");
            }

            // Source Link needs a remote the SDK knows (GitHub, for example); embedded sources serve a debugger without it.
            sourceLinked += kinds.Contains(sourceLink) ? 1 : 0;
        }
    }

    var dependencies = metadata.Element(ns + "dependencies")?.Descendants(ns + "dependency")
        .Select(d => (d.Attribute("id")!.Value, d.Attribute("version")!.Value)).ToList() ?? [];
    foreach (var (dependency, range) in dependencies.Where(d => d.Item1.StartsWith("Itsm.", StringComparison.Ordinal)))
    {
        if (range != version && range != "[" + version + ", )" && range != "[" + version + "]")
        {
            Problem($"depends on {dependency} {range}, not on its own version {version}");
        }
    }

    packages[id] = (version, dependencies, Field("tags"));
}

// Dependency closures, over the packages in the feed.
HashSet<string> Closure(string id)
{
    var seen = new HashSet<string>(StringComparer.Ordinal);
    var stack = new Stack<string>([id]);
    while (stack.Count > 0)
    {
        string next = stack.Pop();
        if (!seen.Add(next) || !packages.TryGetValue(next, out var package))
        {
            continue;
        }

        foreach (var (dependency, _) in package.Dependencies)
        {
            stack.Push(dependency);
        }
    }

    return seen;
}

HashSet<string> Union(params IEnumerable<string>[] sets) => [.. sets.SelectMany(s => s)];

foreach (string id in packages.Keys.Order(StringComparer.Ordinal))
{
    var closure = Closure(id);
    HashSet<string> allowed;
    if (id == "Itsm.Json")
    {
        allowed = Union(Closure("Itsm.Calendars"), Closure("Itsm.Sla"), ["Itsm.Json", "Newtonsoft.Json", "NodaTime.Serialization.JsonNet"]);
    }
    else if (id == "Itsm.Testing")
    {
        allowed = Union(Closure("Itsm.Json"), ["Itsm.Testing", "FsCheck", "FsCheck.Xunit"]);
    }
    else if (id.StartsWith("Itsm.Json.", StringComparison.Ordinal))
    {
        allowed = Union(Closure("Itsm.Json"), Closure("Itsm." + id["Itsm.Json.".Length..]), [id]);
    }
    else if (id.StartsWith("Itsm.Testing.", StringComparison.Ordinal))
    {
        allowed = Union(Closure("Itsm.Testing"), Closure("Itsm.Json." + id["Itsm.Testing.".Length..]), [id]);
    }
    else
    {
        // A domain package: the kernel, its own libraries; never JSON or generators, never another record package.
        allowed = Union(Closure("Itsm.Core"), Closure("Itsm.Calendars"), Closure("Itsm.Sla"), [id, "Ardalis.Specification", "Stateless", "NodaTime"]);
        allowed.RemoveWhere(a => a.StartsWith("Itsm.Json", StringComparison.Ordinal) || a.StartsWith("Itsm.Testing", StringComparison.Ordinal));
    }

    var unexpected = closure.Except(allowed).Order(StringComparer.Ordinal).ToList();
    if (unexpected.Count > 0)
    {
        problems.Add($"{id}: restores {string.Join(", ", unexpected)}, which it does not use");
    }

    Console.WriteLine($"{id,-28} {packages[id].Version,-8} restores {string.Join(", ", closure.Where(c => c != id).Order(StringComparer.Ordinal))}");
}

foreach (var twins in packages.GroupBy(p => p.Value.Tags).Where(g => g.Count() > 1))
{
    problems.Add("the same tags on " + string.Join(", ", twins.Select(t => t.Key)) + ": " + twins.Key);
}

foreach (string domain in domains)
{
    foreach (string id in new[] { "Itsm." + domain, "Itsm.Json." + domain, "Itsm.Testing." + domain })
    {
        if (!packages.ContainsKey(id))
        {
            problems.Add(id + ": not in the feed");
        }
    }
}

if (problems.Count > 0)
{
    Console.Error.WriteLine($"{problems.Count} package problem(s):");
    foreach (string problem in problems)
    {
        Console.Error.WriteLine("  " + problem);
    }

    return 1;
}

Console.WriteLine($"{packages.Count} packages checked: nuspec fields, README, icon, symbols with embedded sources ({sourceLinked} with Source Link, which needs a known remote), dependency closures.");
return 0;
