using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Audits;
using Itsm.Calendars;
using Itsm.Changes;
using Itsm.Configuration;
using Itsm.Core;
using Itsm.Documents;
using Itsm.Incidents;
using Itsm.Sla.Agreements;
using Itsm.Sla.Clocks;
using Itsm.Sla.Policies;
using Itsm.Sla.Reports;
using Itsm.Sla.Targets;
using Itsm.Testing;
using Itsm.Testing.Fuzzing;
using Itsm.Testing.Laws;
using NodaTime;
using Interval = NodaTime.Interval;

namespace Itsm.Json.Tests.Fuzzing;

/// <summary>
/// The fuzz suite: for every type the JSON packages read, documents the packages wrote, mutated (<see cref="JsonMutator"/>),
/// must load and round-trip stably or be refused with a documented exception, each within a second
/// (<see cref="JsonFuzzing.LoadsOrRefuses{T}"/>). <c>ITSM_FUZZ_INPUTS</c> sets the inputs per type (<see cref="FuzzInputs"/>).
/// </summary>
public class JsonFuzzTests
{
    /// <summary>Every type with a JSON reader, by name.</summary>
    public static TheoryData<string> Types => [.. FuzzTargets.All.Keys];

    [Theory]
    [MemberData(nameof(Types))]
    public void A_mutated_document_loads_and_round_trips_or_is_refused_as_documented(string type) =>
        FuzzTargets.All[type].Run(FuzzInputs.PerType);
}

/// <summary>How many inputs each type gets: <c>ITSM_FUZZ_INPUTS</c> (a positive whole number), 20,000 when unset.</summary>
internal static class FuzzInputs
{
    public const string Variable = "ITSM_FUZZ_INPUTS";

    public const int Default = 20_000;

    public static int PerType { get; } = Parse(Environment.GetEnvironmentVariable(Variable));

    internal static int Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Default
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n
        : throw new InvalidOperationException($"{Variable}='{text}' is not a positive whole number: it is how many mutated documents each type reads ({Default} when unset).");
}

/// <summary>One type under fuzzing: the documents it starts from, the options that read it, and the law.</summary>
internal sealed class FuzzTarget(string name, IReadOnlyList<string> seeds, Action<Config> run)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Seeds { get; } = seeds;

    public void Run(int inputs) => run(Config.QuickThrowOnFailure.WithMaxTest(inputs).WithQuietOnSuccess(false));

    public static FuzzTarget Of<T>(string name, IReadOnlyList<string> seeds, ItsmJsonOptions options)
        where T : class =>
        Of<T>(name, [.. seeds.Select(s => (s, options))]);

    /// <summary>A type whose seeds need options of their own (a record played under its own settings).</summary>
    public static FuzzTarget Of<T>(string name, IReadOnlyList<(string Json, ItsmJsonOptions Options)> seeds)
        where T : class
    {
        var optionsOf = new Dictionary<string, ItsmJsonOptions>(StringComparer.Ordinal);
        foreach (var (json, options) in seeds)
        {
            // A seed that does not load is a broken suite, not a finding.
            ItsmJson.Deserialize<T>(json, options);
            optionsOf.TryAdd(json, options);
        }

        string[] texts = [.. optionsOf.Keys];
        return new FuzzTarget(name, texts, config => Check.One(config, Prop.ForAll(JsonFuzzing.Cases(texts), c => JsonFuzzing.LoadsOrRefuses<T>(c, optionsOf[c.Seed]))));
    }
}

/// <summary>The seeds of every type: records played from the generators of Itsm.Testing, the rest built here.</summary>
internal static class FuzzTargets
{
    private const int SeedsPerType = 40;

    private static readonly Lazy<Dictionary<string, FuzzTarget>> Targets = new(Create);

    public static IReadOnlyDictionary<string, FuzzTarget> All => Targets.Value;

    private static Dictionary<string, FuzzTarget> Create()
    {
        FuzzTarget[] targets =
        [
            Played<Incident, IncidentScenario>(IncidentArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => IncidentScenario.JsonOptions),
            Played<ServiceRequest, ServiceRequestScenario>(ServiceRequestArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => ServiceRequestScenario.JsonOptions),
            Played<Problem, ProblemScenario>(ProblemArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => ProblemScenario.JsonOptions),
            Played<KnownError, KnownErrorScenario>(ProblemArbitraries.KnownErrorScenarios(), s => Histories.Play(s).Record, _ => KnownErrorScenario.JsonOptions),
            Played<ControlledDocument, DocumentScenario>(DocumentArbitraries.Scenarios(), s => Histories.Play(s).Record, s => s.JsonOptions),
            Played<ExternalDocument, ExternalDocumentScenario>(ExternalDocumentArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => ExternalDocumentScenario.JsonOptions),
            Played<DocumentRecord, RecordScenario>(RecordArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => RecordScenario.JsonOptions),
            Played<Change, ChangeScenario>(ChangeArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => ChangeScenario.JsonOptions),
            Played<Release, ReleaseScenario>(ReleaseArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => ReleaseScenario.JsonOptions),
            Played<ConfigurationItem, ConfigurationItemScenario>(ConfigurationItemArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => ConfigurationItemScenario.JsonOptions),
            Played<Audit, AuditScenario>(AuditArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => AuditScenario.JsonOptions),
            Played<Nonconformity, NonconformityScenario>(NonconformityArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => NonconformityScenario.JsonOptions),
            Played<Improvement, ImprovementScenario>(ImprovementArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => ImprovementScenario.JsonOptions),
            Played<ManagementReview, ManagementReviewScenario>(ManagementReviewArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => ManagementReviewScenario.JsonOptions),
            Played<SlaClock, ClockScenario>(SlaClockArbitraries.Scenarios(), s => Histories.Play(s).Record, _ => ClockScenario.JsonOptions),
            FuzzTarget.Of<BusinessCalendar>("BusinessCalendar", [.. Histories.Sample(CalendarArbitraries.Calendars(), SeedsPerType).Select(c => ItsmJson.Serialize(c))], new ItsmJsonOptions()),
            FuzzTarget.Of<ChangeTemplate>("ChangeTemplate", [ItsmJson.Serialize(ChangeScenario.Template, ChangeOptions)], ChangeOptions),
            FuzzTarget.Of<Baseline>("Baseline", [ItsmJson.Serialize(ReleaseScenario.Baseline, ReleaseOptions), ItsmJson.Serialize(ReleaseScenario.PartialBaseline, ReleaseOptions)], ReleaseOptions),
            .. Sla.Targets(),
        ];
        return targets.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    private static ItsmJsonOptions ChangeOptions => ChangeScenario.JsonOptions;

    private static ItsmJsonOptions ReleaseOptions => ReleaseScenario.JsonOptions;

    /// <summary>Documents of records played from a generator's histories.</summary>
    private static FuzzTarget Played<TRecord, TScenario>(Arbitrary<TScenario> scenarios, Func<TScenario, TRecord> play, Func<TScenario, ItsmJsonOptions> options)
        where TRecord : class
    {
        return FuzzTarget.Of<TRecord>(
            typeof(TRecord).Name,
            [.. Histories.Sample(scenarios, SeedsPerType).Select(s => (ItsmJson.Serialize(play(s), options(s)), options(s)))]);
    }

    /// <summary>SLA targets, policies, agreements and both reports, built from a few calendars, amounts and outcomes.</summary>
    private static class Sla
    {
        private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        private static readonly BusinessCalendar FiveByNine = BusinessCalendars.FiveByNine(Shanghai, new LocalTime(9, 0));
        private static readonly BusinessCalendar SevenByTwentyFour = BusinessCalendars.SevenByTwentyFour(Shanghai);
        private static readonly ItsmJsonOptions Options = new() { Calendars = new BusinessCalendarRegistry([FiveByNine, SevenByTwentyFour]) };
        private static readonly Actor Manager = new("wang.fang", "Wang Fang");
        private static readonly Instant Agreed = Instant.FromUtc(2026, 1, 5, 2, 0);

        public static IEnumerable<FuzzTarget> Targets()
        {
            var standard = SlaPolicy.Builder("standard")
                .Add(Priority.P1, SlaMetric.Response, Duration.FromMinutes(15), SevenByTwentyFour)
                .Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(4), SevenByTwentyFour, leadTimes: [Duration.FromHours(1)])
                .Add(Priority.P3, SlaMetric.Resolution, Duration.FromHours(24), FiveByNine, percentages: [80, 33.3m])
                .Build();
            var premium = SlaPolicy.Builder("premium").Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(2), SevenByTwentyFour).Build();

            yield return FuzzTarget.Of<SlaTarget>("SlaTarget", [.. standard.Entries.Select(e => ItsmJson.Serialize(e.Target))], Options);
            yield return FuzzTarget.Of<SlaPolicy>("SlaPolicy", [ItsmJson.Serialize(standard), ItsmJson.Serialize(premium)], Options);

            var agreement = ServiceLevelAgreement.Create("SLA-2026-007", "Acme Bank", ["email", "payroll"], standard, FiveByNine, new LocalDate(2026, 12, 31), Manager, Agreed);
            yield return FuzzTarget.Of<ServiceLevelAgreement>(
                "ServiceLevelAgreement",
                [
                    ItsmJson.Serialize(agreement),
                    ItsmJson.Serialize(agreement
                        .Revise(Manager, Agreed + Duration.FromDays(30), "payroll is critical", servicePolicies: new Dictionary<string, SlaPolicy> { ["payroll"] = premium })
                        .Revise(Manager, Agreed + Duration.FromDays(60), "annual review", reviewDate: new LocalDate(2027, 3, 31))),
                ],
                Options);

            var week = new ReportHeader(new Interval(Instant.FromUtc(2026, 3, 2, 0, 0), Instant.FromUtc(2026, 3, 9, 0, 0)), "customer review", "monitoring");
            yield return FuzzTarget.Of<AvailabilityReport>(
                "AvailabilityReport",
                [
                    ItsmJson.Serialize(AvailabilityReport.For(FiveByNine, week,
                    [
                        new Outage(new Interval(Instant.FromUtc(2026, 3, 3, 2, 0), Instant.FromUtc(2026, 3, 3, 3, 30)), reference: "INC-1"),
                        new Outage(new Interval(Instant.FromUtc(2026, 3, 4, 1, 0), Instant.FromUtc(2026, 3, 4, 2, 0)), isPlannedMaintenance: true),
                    ])),
                    ItsmJson.Serialize(AvailabilityReport.For(SevenByTwentyFour, week, [])),
                ],
                Options);

            var month = new ReportHeader(new Interval(Instant.FromUtc(2026, 3, 1, 0, 0), Instant.FromUtc(2026, 4, 1, 0, 0)), "O&M monthly review", "ticketing export");
            yield return FuzzTarget.Of<ServiceLevelReport>(
                "ServiceLevelReport",
                [
                    ItsmJson.Serialize(ServiceLevelReport.For(month,
                    [
                        new("R1", Priority.P1, SlaMetric.Resolution, Instant.FromUtc(2026, 3, 2, 0, 0), Instant.FromUtc(2026, 3, 3, 0, 0), false),
                        new("R2", Priority.P1, SlaMetric.Resolution, Instant.FromUtc(2026, 2, 2, 0, 0), Instant.FromUtc(2026, 2, 3, 0, 0), true),
                        new("R3", Priority.P2, SlaMetric.Resolution, Instant.FromUtc(2026, 3, 20, 0, 0), null, false),
                        new("R4", Priority.P2, SlaMetric.Response, Instant.FromUtc(2026, 3, 21, 0, 0), Instant.FromUtc(2026, 3, 21, 1, 0), false),
                    ])),
                ],
                Options);
        }
    }
}
