using System;
using System.IO;
using Itsm.Sla.Clocks;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>Keeps the lifecycle diagram in docs/sla.md in step with the Stateless configuration.</summary>
public class SlaClockLifecycleDocsTests
{
    private const string Start = "<!-- lifecycle:SlaClock -->";
    private const string End = "<!-- /lifecycle:SlaClock -->";

    [Fact]
    public void DocsDiagram_IsTheOneGeneratedFromTheLifecycle()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "sla.md")).ReplaceLineEndings("\n");
        int from = docs.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        int to = docs.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from > Start.Length - 1 && to > from, "docs/sla.md has the lifecycle markers");

        string expected = "\n```mermaid\n" + SlaClock.LifecycleDiagram().ReplaceLineEndings("\n").Trim() + "\n```\n";

        Assert.True(
            docs[from..to] == expected,
            "docs/sla.md is out of date; put this between the lifecycle markers:" + Environment.NewLine + expected);
    }

    private static string RepositoryRoot()
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
