using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Itsm.Documents.Numbering;
using Itsm.Testing;
using Itsm.Tests.Shared;

namespace Itsm.Documents.Tests.Numbering;

/// <summary>The laws of every shipped numbering scheme.</summary>
[ScaledProperties(Arbitrary = [typeof(NumberingArbitraries)], Cases = 2_000)]
public class NumberingProperties
{
    [Property]
    public void Labels_StrictlyIncrease_AndAreNeverReused(RevisionHistory history)
    {
        var labels = history.Labels().ToList();

        Assert.All(labels.Zip(labels.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"{pair.First} then {pair.Second}"));
        Assert.Equal(labels.Count, labels.Select(history.Scheme.Format).Distinct().Count());
    }

    [Property]
    public void ParseOfFormat_IsTheLabel(RevisionHistory history) =>
        Assert.All(history.Labels(), label => Assert.Equal(label, history.Scheme.Parse(history.Scheme.Format(label))));

    [Property]
    public void ASchemeRunsOutOnlyAtItsDocumentedLimit(RevisionHistory history)
    {
        var labels = history.Labels().ToList();
        if (labels.Count == history.MajorChanges.Count + 1)
        {
            return;
        }

        // The history stopped early: the change after the last label must be one the scheme has no label for.
        var last = labels[^1];
        bool major = history.MajorChanges[labels.Count - 1];
        Assert.True(
            history.Scheme.Name switch
            {
                "two-digit" => last.Revision == 99,
                "edition-revision" or "compact" => major && last.Edition == 25,
                _ => false,
            },
            $"{history.Scheme.Name} ran out after {history.Scheme.Format(last)} ({(major ? "major" : "minor")})");
    }

    [Property]
    public void FormatOfParse_IsTheText_ForEveryTextAScheme_Accepts(NumberingText text)
    {
        foreach (var scheme in NumberingArbitraries.Schemes)
        {
            if (scheme.TryParse(text.Text, out var label))
            {
                Assert.Equal(text.Text, scheme.Format(label));
            }
        }

        if (DocumentNumberSchemes.Composite.TryParse(text.Text, out var number))
        {
            Assert.Equal(text.Text, DocumentNumberSchemes.Composite.Format(number));
        }
    }

    [Property]
    public void DocumentNumbers_RoundTrip(DocumentNumber number)
    {
        var scheme = DocumentNumberSchemes.Composite;

        Assert.Equal(number, scheme.Parse(scheme.Format(number)));
        Assert.True(DocumentNumberSchemes.TryParseRevision(scheme, RevisionSchemes.TwoDigit, DocumentNumberSchemes.FormatRevision(scheme, number, RevisionSchemes.TwoDigit, new RevisionLabel(0, 7)), out var again, out var label));
        Assert.Equal((number, new RevisionLabel(0, 7)), (again, label));
    }

    [Property]
    public void TheRegister_NeverAllocatesANumberTwice(List<DocumentNumber> existing, byte allocations)
    {
        var register = new DocumentNumberRegister(DocumentNumberSchemes.Composite, existing.Distinct());
        var codes = existing.Select(n => (n.ClassCode, n.SubClassCode)).Append(("CX", "SMP")).Distinct().ToList();
        var fresh = new List<DocumentNumber>();
        for (int i = 0; i < allocations % 40; i++)
        {
            var (c, s) = codes[i % codes.Count];
            try
            {
                fresh.Add(register.Allocate(c, s));
            }
            catch (NumberingExhaustedException)
            {
                Assert.Contains(existing.Concat(fresh), n => n.ClassCode == c && n.SubClassCode == s && n.Sequence == 999);
            }
        }

        Assert.Empty(fresh.Intersect(existing));
        Assert.Equal(fresh.Count, fresh.Distinct().Count());
        Assert.All(fresh, n => Assert.True(n.Sequence > existing.Where(e => e.ClassCode == n.ClassCode && e.SubClassCode == n.SubClassCode).Select(e => e.Sequence).DefaultIfEmpty(0).Max()));
    }
}
