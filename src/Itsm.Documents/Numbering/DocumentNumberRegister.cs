using System.Collections.Generic;
using System.Linq;

namespace Itsm.Documents.Numbering;

/// <summary>
/// Allocates document numbers so that two documents never share one: the next number in a class and sub-class is one
/// after the highest ever allocated there, so a number is never reused, not even after its document was disposed, and
/// gaps left by numbers allocated elsewhere are never filled.
/// </summary>
/// <remarks>
/// The register is a read model: the host builds it from every number it has ever allocated (its documents, disposed
/// ones included) and saves the document that receives a new number. Mutable; not thread-safe (one allocator at a time,
/// or the host's unique index on the number catches a race).
/// </remarks>
public sealed class DocumentNumberRegister
{
    private readonly HashSet<DocumentNumber> _allocated = [];
    private readonly Dictionary<(string, string), int> _highest = [];

    /// <summary>Initializes a register.</summary>
    /// <param name="scheme">The number scheme (its <see cref="IDocumentNumberScheme.MaxSequence"/> bounds allocation).</param>
    /// <param name="allocated">Every number allocated before.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">A number is listed twice, is the default value, or does not fit the
    /// scheme.</exception>
    public DocumentNumberRegister(IDocumentNumberScheme scheme, IEnumerable<DocumentNumber> allocated)
    {
        Scheme = Preconditions.CheckNotNull(scheme);
        foreach (var number in Preconditions.CheckNotNull(allocated))
        {
            Register(number);
        }
    }

    /// <summary>Gets the number scheme.</summary>
    public IDocumentNumberScheme Scheme { get; }

    /// <summary>Gets every allocated number, in order.</summary>
    public IReadOnlyList<DocumentNumber> Allocated => [.. _allocated.Order()];

    /// <summary>Returns whether a number was allocated.</summary>
    /// <param name="number">The number.</param>
    /// <returns>True when it belongs (or belonged) to a document.</returns>
    public bool IsAllocated(DocumentNumber number) => _allocated.Contains(number);

    /// <summary>Allocates the next number of a class and sub-class.</summary>
    /// <param name="classCode">The class code.</param>
    /// <param name="subClassCode">The sub-class code.</param>
    /// <returns>The number, one after the highest ever allocated in the class and sub-class (001 for the first).</returns>
    /// <exception cref="System.ArgumentException">A code breaks its rule.</exception>
    /// <exception cref="NumberingExhaustedException">The class and sub-class have used every sequence the scheme can spell.</exception>
    public DocumentNumber Allocate(string classCode, string subClassCode)
    {
        int highest = _highest.GetValueOrDefault((classCode, subClassCode));
        if (highest >= Scheme.MaxSequence)
        {
            throw new NumberingExhaustedException(Scheme.Name + " document number", Scheme.Format(new DocumentNumber(classCode, subClassCode, highest)), "sequence number");
        }

        var number = new DocumentNumber(classCode, subClassCode, highest + 1);
        Register(number);
        return number;
    }

    /// <summary>Records a number allocated elsewhere (an imported document).</summary>
    /// <param name="number">The number.</param>
    /// <exception cref="System.ArgumentException">The number was already allocated, is the default value, or does not fit
    /// the scheme.</exception>
    public void Register(DocumentNumber number)
    {
        string text = Scheme.Format(number);
        Preconditions.CheckArgument(_allocated.Add(number), nameof(number), $"Document number {text} is already allocated; a number is never given to two documents.");
        var key = (number.ClassCode, number.SubClassCode);
        if (number.Sequence > _highest.GetValueOrDefault(key))
        {
            _highest[key] = number.Sequence;
        }
    }
}
