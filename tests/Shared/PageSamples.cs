// Shared test source, linked into every test project: runs the C# samples of a docs page as one program and checks that
// it prints what the page's comments say it prints.
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;

namespace Itsm.Tests.Shared;

/// <summary>
/// Runs a page's samples (the <c>// sample:NAME</c> regions of one test file, shown on the page by
/// <c>Itsm.Testing.Tests.DocsSampleTests</c>) and compares what they print with the comments that say so: the trailing
/// comment of a line that calls <c>Console.WriteLine</c>, and the comment lines right after such a line or after the
/// <c>}</c> of the loop that prints. Each comment must be the printed line, or the printed line followed by
/// <c>" ("</c> and an explanation.
/// </summary>
/// <remarks>Console output is process-wide: test classes that use this belong to the <see cref="Collection"/> collection,
/// so that they never run at the same time.</remarks>
internal static class PageSamples
{
    /// <summary>The xUnit collection of the tests that capture the console.</summary>
    public const string Collection = "docs samples print to the console";

    private static readonly object Gate = new();

    /// <summary>Runs <paramref name="program"/> and asserts that it prints what the comments of the calling file's
    /// samples whose names start with <paramref name="prefix"/> say, in order.</summary>
    /// <param name="prefix">The samples' name prefix, such as <c>calendars-</c>.</param>
    /// <param name="program">The samples, in the order of the page.</param>
    /// <param name="file">The calling test file (filled in by the compiler).</param>
    /// <returns>The printed lines, for further assertions.</returns>
    public static IReadOnlyList<string> Run(string prefix, Action program, [CallerFilePath] string file = "")
    {
        var expected = ExpectedOutput(File.ReadAllLines(SourcePath(file)), prefix);
        Assert.True(expected.Count > 0, $"the samples {prefix}* in {file} say what they print");
        string printed;
        lock (Gate)
        {
            var original = Console.Out;
            using var capture = new StringWriter();
            Console.SetOut(capture);
            try
            {
                program();
            }
            finally
            {
                Console.SetOut(original);
            }

            printed = capture.ToString();
        }

        var lines = printed.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        for (int i = 0; i < Math.Max(lines.Length, expected.Count); i++)
        {
            string? actual = i < lines.Length ? lines[i] : null;
            string? said = i < expected.Count ? expected[i] : null;
            Assert.True(
                actual is not null && said is not null && (said == actual || said.StartsWith(actual + " (", StringComparison.Ordinal)),
                $"line {i + 1} of the output: the samples print {Show(actual)}, the page says {Show(said)}");
        }

        return lines;
    }

    /// <summary>The test file on this machine: a CI build maps source paths (<c>/_/tests/...</c>), so the path the
    /// compiler recorded is found again under the repository.</summary>
    private static string SourcePath(string recorded)
    {
        if (File.Exists(recorded))
        {
            return recorded;
        }

        string normalised = recorded.Replace('\\', '/');
        int tests = normalised.LastIndexOf("/tests/", StringComparison.Ordinal);
        Assert.True(tests >= 0, $"the test file {recorded} is under tests/");
        return Path.Combine(LifecycleDocs.RepositoryRoot(), normalised[(tests + 1)..]);
    }

    private static string Show(string? text) => text is null ? "nothing" : "\"" + text + "\"";

    /// <summary>The output comments of the regions named <paramref name="prefix"/>*, in file order.</summary>
    private static List<string> ExpectedOutput(string[] lines, string prefix)
    {
        var expected = new List<string>();
        foreach (var region in SampleRegion.In(lines))
        {
            if (!region.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            bool afterOutput = false;
            bool printing = false;
            foreach (string raw in region.Lines)
            {
                string line = raw.Trim();
                if (line.StartsWith("//", StringComparison.Ordinal))
                {
                    if (afterOutput)
                    {
                        expected.Add(line[2..].Trim());
                    }

                    continue;
                }

                // A call to Console.WriteLine may run over several lines; its comment is on the line that ends it.
                int comment = line.IndexOf(" // ", StringComparison.Ordinal);
                string code = comment >= 0 ? line[..comment].TrimEnd() : line;
                bool prints = printing || line.Contains("Console.WriteLine(", StringComparison.Ordinal);
                printing = prints && !code.EndsWith(';');
                if (prints && !printing && comment >= 0)
                {
                    expected.Add(line[(comment + 4)..].Trim());
                }

                afterOutput = (prints && !printing) || (line == "}" && afterOutput);
            }
        }

        return expected;
    }
}
