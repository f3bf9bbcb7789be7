// Shared test source, linked into every test project: the docs samples' regions of a test file.
using System;
using System.Collections.Generic;

namespace Itsm.Tests.Shared;

/// <summary>A <c>// sample:NAME</c> ... <c>// end-sample</c> region of a test file: its name, its body's lines and the
/// indentation of its marker (which the page does not show).</summary>
/// <param name="Name">The sample's name.</param>
/// <param name="Lines">The body, as in the file.</param>
/// <param name="Indent">The marker's indentation.</param>
internal sealed record SampleRegion(string Name, IReadOnlyList<string> Lines, int Indent)
{
    private const string Start = "// sample:";
    private const string End = "// end-sample";

    /// <summary>The body as a page shows it: the marker's indentation removed, no trailing blank lines.</summary>
    public string Text
    {
        get
        {
            var shown = new List<string>(Lines.Count);
            foreach (string line in Lines)
            {
                shown.Add(line.Length >= Indent ? line[Indent..] : line.TrimStart());
            }

            return string.Join("\n", shown).TrimEnd('\n');
        }
    }

    /// <summary>The regions of a file's lines, in order.</summary>
    /// <param name="lines">The file's lines.</param>
    /// <returns>The regions.</returns>
    /// <exception cref="InvalidOperationException">A region has no end.</exception>
    public static IEnumerable<SampleRegion> In(string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].TrimStart();
            if (!trimmed.StartsWith(Start, StringComparison.Ordinal))
            {
                continue;
            }

            string name = trimmed[Start.Length..].Trim();
            int end = Array.FindIndex(lines, i + 1, l => l.Trim() == End);
            if (end < 0)
            {
                throw new InvalidOperationException($"{Start}{name} has no {End}");
            }

            yield return new SampleRegion(name, lines[(i + 1)..end], lines[i].Length - trimmed.Length);
            i = end;
        }
    }
}
