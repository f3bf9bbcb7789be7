using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Itsm.Tests.Shared;

namespace Itsm.Testing.Tests;

/// <summary>
/// Every C# block of README.md and docs/ is the text of a test the SDK compiles and runs: the block follows a marker
/// <c>&lt;!-- sample:NAME --&gt;</c>, and some test file under tests/ holds the same lines between <c>// sample:NAME</c>
/// and <c>// end-sample</c> (their common indentation removed). A page and its code cannot drift. With the environment
/// variable <c>ITSM_UPDATE_DOCS_SAMPLES=1</c> (never set by CI) the blocks are written from the code instead, for a
/// developer who changed a sample on purpose; the diff then shows the change.
/// </summary>
public class DocsSampleTests
{
    private const string Marker = "<!-- sample:";

    [Fact]
    public void EveryCSharpBlockOfTheDocs_IsTheTextOfASampleTheTestsRun()
    {
        var samples = Samples();
        bool update = Environment.GetEnvironmentVariable("ITSM_UPDATE_DOCS_SAMPLES") == "1";
        var problems = new List<string>();
        int blocks = 0;
        foreach (string page in Pages())
        {
            string[] lines = File.ReadAllText(page).ReplaceLineEndings("\n").Split('\n');
            var written = new List<string>();
            for (int i = 0; i < lines.Length; i++)
            {
                written.Add(lines[i]);
                if (lines[i] != "```csharp")
                {
                    continue;
                }

                blocks++;
                int end = Array.IndexOf(lines, "```", i + 1);
                string shown = string.Join("\n", lines[(i + 1)..end]);
                string where = $"{Relative(page)} line {i + 1}";
                string? name = i > 0 && lines[i - 1].StartsWith(Marker, StringComparison.Ordinal) ? lines[i - 1][Marker.Length..^" -->".Length] : null;
                if (name is null)
                {
                    problems.Add($"{where}: the C# block has no {Marker}NAME --> marker before it");
                }
                else if (!samples.TryGetValue(name, out var sample))
                {
                    problems.Add($"{where}: no test file under tests/ holds // sample:{name}");
                }
                else if (update)
                {
                    written.AddRange(sample.Text.Split('\n'));
                    written.Add("```");
                    i = end;
                    continue;
                }
                else if (sample.Text != shown)
                {
                    problems.Add($"{where}: the block differs from // sample:{name} in {sample.File}; the code says:\n{sample.Text}");
                }
            }

            if (update)
            {
                File.WriteAllText(page, string.Join("\n", written));
            }
        }

        Assert.True(blocks > 0, "the docs have C# blocks");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    [Fact]
    public void EverySampleInTheTests_IsShownOnAPage()
    {
        var shown = Pages()
            .SelectMany(page => File.ReadAllText(page).ReplaceLineEndings("\n").Split('\n'))
            .Where(line => line.StartsWith(Marker, StringComparison.Ordinal))
            .Select(line => line[Marker.Length..^" -->".Length])
            .ToHashSet(StringComparer.Ordinal);

        var unshown = Samples().Where(s => !shown.Contains(s.Key)).Select(s => $"{s.Key} ({s.Value.File})").ToList();

        Assert.True(unshown.Count == 0, "samples no page shows: " + string.Join(", ", unshown));
    }

    /// <summary>README.md and every page under docs/.</summary>
    private static IEnumerable<string> Pages()
    {
        string root = LifecycleDocs.RepositoryRoot();
        return new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    /// <summary>Every <c>// sample:NAME</c> region of the test files, by name; a name given twice is a failure.</summary>
    private static Dictionary<string, (string File, string Text)> Samples()
    {
        string root = LifecycleDocs.RepositoryRoot();
        var samples = new Dictionary<string, (string File, string Text)>(StringComparer.Ordinal);
        string separator = Path.DirectorySeparatorChar.ToString();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(separator + "obj" + separator, StringComparison.Ordinal) && !f.Contains(separator + "bin" + separator, StringComparison.Ordinal)))
        {
            foreach (var region in SampleRegion.In(File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n')))
            {
                Assert.False(samples.ContainsKey(region.Name), $"// sample:{region.Name} is in {Relative(file)} and {samples.GetValueOrDefault(region.Name).File}");
                samples[region.Name] = (Relative(file), region.Text);
            }
        }

        return samples;
    }

    private static string Relative(string path) => Path.GetRelativePath(LifecycleDocs.RepositoryRoot(), path).Replace('\\', '/');
}
