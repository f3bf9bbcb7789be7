using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core.Events;
using Itsm.Core.Ids;

namespace Itsm.Documents.Tests.Registers;

/// <summary>The law every register built from many records' events keeps: it says what each record says.</summary>
internal static class RegisterLaw
{
    /// <summary>Asserts that the register holds one entry per record, in id order, each the entry the record itself
    /// gives.</summary>
    public static void SaysWhatEachRecordSays<TKind, TEvent, TEntry, TRecord>(
        RecordRegister<TKind, TEvent, TEntry> register,
        IReadOnlyList<TRecord> records,
        Func<TRecord, TEntry> entryOf)
        where TKind : IIdKind
        where TEvent : DomainEvent
        where TEntry : class, IRegisterEntry<TKind>
    {
        var expected = records.Select(entryOf).OrderBy(e => e.Id.Value, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(e => e.Id), register.Entries.Select(e => e.Id));
        foreach (var entry in expected)
        {
            Assert.True(register.TryGet(entry.Id, out var held));
            Assert.Equal(entry, held);
        }
    }

    /// <summary>Histories of records that all played the same id, each renamed to an id of its own
    /// (<paramref name="prefix"/> and its position) so that a register can hold them together.</summary>
    public static IEnumerable<List<TEvent>> Renamed<TEvent>(IEnumerable<IReadOnlyList<TEvent>> histories, Func<TEvent, string, TEvent> rename, string prefix) =>
        histories.Select((events, i) =>
        {
            var renamed = events.ToList();
            renamed[0] = rename(renamed[0], prefix + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            return renamed;
        });
}
