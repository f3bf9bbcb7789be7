using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Itsm.Calendars;
using Itsm.Json;
using Newtonsoft.Json;

namespace Itsm.Benchmarks;

/// <summary>
/// What refusing an oversized document costs (target: at most 100 ms for 100 MB): a 100 MB document under the default
/// limits (refused by its length, before it is read), and a document that holds one 100 MB string under limits raised to
/// let the document in (refused by the string limit, after the strict check has scanned the string).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class JsonLimitsBenchmarks
{
    private const int OneHundredMegabytes = 100 * 1024 * 1024;

    private static readonly ItsmJsonOptions Raised = new()
    {
        Limits = new JsonReadLimits { MaxDocumentLength = 2 * OneHundredMegabytes },
    };

    private string _document = string.Empty;

    [GlobalSetup]
    public void Setup() =>
        _document = "{ \"id\": \"cn\", \"zone\": \"Etc/UTC\", \"holidays\": [\"" + new string('x', OneHundredMegabytes) + "\"] }";

    /// <summary>Default limits: the document is longer than 16 Mi characters.</summary>
    [Benchmark]
    public string RefuseOneHundredMegabyteDocument() => Refuse(null);

    /// <summary>Raised document limit: the one string is longer than 1 MiB.</summary>
    [Benchmark]
    public string RefuseOneHundredMegabyteString() => Refuse(Raised);

    private string Refuse(ItsmJsonOptions? options)
    {
        try
        {
            _ = options is null ? ItsmJson.Deserialize<BusinessCalendar>(_document) : ItsmJson.Deserialize<BusinessCalendar>(_document, options);
        }
        catch (JsonReaderException refused)
        {
            return refused.Path ?? string.Empty;
        }

        throw new InvalidOperationException("the oversized document was read");
    }
}
