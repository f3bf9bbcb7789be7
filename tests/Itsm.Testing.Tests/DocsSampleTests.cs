using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Itsm.Testing.Tests;

/// <summary>The C# samples of docs/testing.md are the SDK's own tests: each is found, line for line, in a test file
/// (which the build compiles and the test run runs), so the page cannot drift from the code.</summary>
public class DocsSampleTests
{
    [Fact]
    public void EveryCSharpSampleOfTheTestingPage_IsTheTextOfATestTheSdkRuns()
    {
        string root = RepositoryRoot();
        var samples = Regex.Matches(File.ReadAllText(Path.Combine(root, "docs", "testing.md")), "```csharp\n(.*?)```", RegexOptions.Singleline)
            .Select(m => Normalise(m.Groups[1].Value))
            .ToList();
        var tests = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Normalise(File.ReadAllText(f)))
            .ToList();

        Assert.NotEmpty(samples);
        Assert.All(samples, sample => Assert.True(tests.Any(t => t.Contains(sample, StringComparison.Ordinal)), "No test holds this sample of docs/testing.md:\n" + sample));
    }

    /// <summary>Lines trimmed (a sample drops the indentation of its class), blank lines kept.</summary>
    private static string Normalise(string text) =>
        string.Join("\n", text.ReplaceLineEndings("\n").Trim().Split('\n').Select(line => line.Trim()));

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
