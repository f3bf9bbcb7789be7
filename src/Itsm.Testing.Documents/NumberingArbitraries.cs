using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Documents.Numbering;

namespace Itsm.Testing;

/// <summary>A revision history: a scheme and the changes made since the first issue, each minor or major.</summary>
/// <param name="Scheme">The revision scheme.</param>
/// <param name="MajorChanges">For each change in order, whether it was major.</param>
public sealed record RevisionHistory(IRevisionScheme Scheme, IReadOnlyList<bool> MajorChanges)
{
    /// <summary>The labels from the first issue on, one per change, stopping where the scheme runs out of labels.</summary>
    /// <returns>The labels, the first issue's first.</returns>
    public IEnumerable<RevisionLabel> Labels()
    {
        var label = Scheme.First;
        yield return label;
        foreach (bool major in MajorChanges)
        {
            RevisionLabel next;
            try
            {
                next = major ? Scheme.AfterMajorChange(label) : Scheme.AfterMinorChange(label);
            }
            catch (NumberingExhaustedException)
            {
                yield break;
            }

            label = next;
            yield return label;
        }
    }

    /// <summary>The history, for a failing property's report.</summary>
    /// <returns>The scheme and the changes as m (minor) and M (major).</returns>
    public override string ToString() => Scheme.Name + ": " + string.Concat(MajorChanges.Select(m => m ? 'M' : 'm'));
}

/// <summary>FsCheck generators for document numbers and revision label histories, for
/// <c>[Properties(Arbitrary = [typeof(NumberingArbitraries)])]</c>.</summary>
public static class NumberingArbitraries
{
    /// <summary>Gets the shipped revision schemes.</summary>
    public static IReadOnlyList<IRevisionScheme> Schemes { get; } =
        [RevisionSchemes.TwoDigit, RevisionSchemes.EditionRevision, RevisionSchemes.Compact, RevisionSchemes.Sequential, RevisionSchemes.MajorMinor];

    /// <summary>Random histories of up to 120 changes (one in five major) in one of <see cref="Schemes"/>: long enough to
    /// run a two-digit scheme out of labels now and then.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RevisionHistory> Histories() =>
        (from scheme in Gen.Elements<IRevisionScheme>(Schemes)
         from length in Gen.Frequency((4, Gen.Choose(0, 12)), (1, Gen.Choose(12, 120)))
         from changes in Gen.ListOf(Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true))), length)
         select new RevisionHistory(scheme, [.. changes])).ToArbitrary();

    /// <summary>Random document numbers: class and sub-class codes of 1 to 4 characters, sequences 1 to 999.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentNumber> Numbers() =>
        (from classCode in CodeGen
         from subClassCode in CodeGen
         from sequence in Gen.Choose(1, 999)
         select new DocumentNumber(classCode, subClassCode, sequence)).ToArbitrary();

    /// <summary>Random short texts over the characters labels and numbers are made of (letters, digits, '/', '.', '-',
    /// space): mostly not labels, sometimes labels, for the parsers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NumberingText> Texts() =>
        (from length in Gen.Choose(0, 12)
         from chars in Gen.ListOf(Gen.Elements("ABCZaz0123456789/.- ".ToCharArray()), length)
         select new NumberingText(new string([.. chars]))).ToArbitrary();

    private static Gen<string> CodeGen { get; } =
        from first in Gen.Elements("ABCSXZ".ToCharArray())
        from length in Gen.Choose(0, 3)
        from more in Gen.ListOf(Gen.Elements("AMPQ09".ToCharArray()), length)
        select first.ToString(CultureInfo.InvariantCulture) + new string([.. more]);
}

/// <summary>A random text for the parsers (a record, so FsCheck does not shrink it to other strings' rules).</summary>
/// <param name="Text">The text.</param>
public sealed record NumberingText(string Text)
{
    /// <summary>The text, quoted.</summary>
    /// <returns>The text in quotes.</returns>
    public override string ToString() => "'" + Text + "'";
}
