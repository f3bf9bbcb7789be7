// Shared test source, linked into the test projects whose docs hold generated lifecycle diagrams.
using System;
using System.IO;

namespace Itsm.Tests.Shared;

/// <summary>Checks that a lifecycle diagram in a docs page is the one generated from the Stateless configuration.</summary>
internal static class LifecycleDocs
{
    /// <summary>Fails, printing the block to paste, unless <paramref name="page"/> holds <paramref name="mermaid"/> between
    /// the markers <c>&lt;!-- lifecycle:NAME --&gt;</c> and <c>&lt;!-- /lifecycle:NAME --&gt;</c>. With the environment
    /// variable <c>ITSM_UPDATE_LIFECYCLE_DOCS=1</c> (never set by CI) it writes the block into the page instead, for a
    /// developer who changed a lifecycle on purpose; the diff then shows the change.</summary>
    public static void AssertCurrent(string page, string name, string mermaid)
    {
        string start = "<!-- lifecycle:" + name + " -->";
        string end = "<!-- /lifecycle:" + name + " -->";
        string docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", page)).ReplaceLineEndings("\n");
        int from = docs.IndexOf(start, StringComparison.Ordinal);
        int to = docs.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"docs/{page} has the markers {start} and {end}");

        string expected = "\n```mermaid\n" + mermaid.ReplaceLineEndings("\n").Trim() + "\n```\n";
        if (Environment.GetEnvironmentVariable("ITSM_UPDATE_LIFECYCLE_DOCS") == "1")
        {
            File.WriteAllText(Path.Combine(RepositoryRoot(), "docs", page), docs[..(from + start.Length)] + expected + docs[to..]);
            return;
        }

        Assert.True(
            docs[(from + start.Length)..to] == expected,
            $"docs/{page} is out of date; put this between the {name} lifecycle markers:" + Environment.NewLine + expected);
    }

    /// <summary>The folder that holds Itsm.Core.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Itsm.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Itsm.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
