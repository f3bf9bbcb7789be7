// Shared test source, linked into every test project: keeps a C# sample of a docs page word for word in step with the
// test that runs it.
using System;
using System.IO;
using System.Linq;

namespace Itsm.Tests.Shared;

/// <summary>Compares the C# block that follows a heading of a docs page with the lines of a test's source between
/// <c>// sample:NAME</c> and <c>// end-sample</c> (one indentation level of the test removed).</summary>
internal static class DocsSamples
{
    /// <summary>Asserts that the page's block is the test's sample.</summary>
    /// <param name="page">The page, under docs/.</param>
    /// <param name="heading">The heading the block follows (<c>## A worked example</c>).</param>
    /// <param name="source">The test's source file, relative to the repository.</param>
    /// <param name="name">The sample's name.</param>
    public static void AssertCurrent(string page, string heading, string source, string name)
    {
        string root = LifecycleDocs.RepositoryRoot();
        string code = File.ReadAllText(Path.Combine(root, source)).ReplaceLineEndings("\n");
        string start = "// sample:" + name + "\n";
        int from = code.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{source} has the marker {start.Trim()}");
        from += start.Length;
        int to = code.IndexOf("        // end-sample", from, StringComparison.Ordinal);
        string sample = string.Join("\n", code[from..to].TrimEnd('\n').Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));

        string text = File.ReadAllText(Path.Combine(root, "docs", page)).ReplaceLineEndings("\n");
        int at = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/{page} has the heading {heading}");
        int block = text.IndexOf("```csharp\n", at, StringComparison.Ordinal) + "```csharp\n".Length;
        Assert.Equal(sample, text[block..text.IndexOf("```", block, StringComparison.Ordinal)].TrimEnd('\n'));
    }
}
