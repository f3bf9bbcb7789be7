// A consumer of the packed packages, built from a local folder feed as a user would: one call into each package, then
// the example of each package's README (compiled beside this file by .ci/consumer.sh).
using System;
using Itsm.Audits;
using Itsm.Calendars;
using Itsm.Changes;
using Itsm.Configuration;
using Itsm.Core;
using Itsm.Core.Approvals;
using Itsm.Core.Ids;
using Itsm.Documents.Numbering;
using Itsm.Incidents;
using Itsm.Json;
using Itsm.Json.Audits;
using Itsm.Json.Changes;
using Itsm.Json.Configuration;
using Itsm.Json.Documents;
using Itsm.Json.Incidents;
using Itsm.Sla.Clocks;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using Itsm.Testing;
using Itsm.Testing.Laws;
using NodaTime;

var calendar = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));
var start = Instant.FromUtc(2026, 3, 2, 9, 0);
var policy = SlaPolicy.Builder("standard").Add(Priority.P3, SlaMetric.Resolution, Duration.FromHours(16), calendar).Build();
var clock = SlaClock.CreateStarted("INC-1/resolution", policy.TargetFor(Priority.P3, SlaMetric.Resolution), new Actor("a", "A"), start);
var graph = ConfigurationGraph.Builder().Relate(new("app"), RelationshipType.DependsOn, new Id<Kinds.ConfigurationItem>("db")).Build();
var programme = new AuditProgramme("p", new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)), ["o"],
    [new ProgrammeProcess(new Id<Kinds.Process>("incident-management"), ProcessImportance.High, PreviousResult.Conforming)], [], [], ["interviews"]);

Console.WriteLine(string.Join(" | ",
    new Id<Kinds.Incident>("INC-1"),
    calendar.Add(start, Duration.FromHours(16)),
    clock.Target.Amount,
    PriorityMatrix.ThreeByThree.PriorityFor(1, 1),
    RevisionSchemes.TwoDigit.Name,
    new CabRule(["a", "b"], Quorum.Count(1)).Members.Length,
    graph.ImpactOf([new Id<Kinds.ConfigurationItem>("db")]).Down.Count,
    programme.CycleFor(programme.Processes[0]),
    ItsmJson.Serialize(calendar).Length > 0,
    Histories.Triggers<ChangeTrigger>().Count > 0));

// The JSON modules and the generators of each domain package: a change template written through its module, and the
// settings each package's generators play their histories with.
var json = new ItsmJsonOptions
{
    Modules = [new IncidentsJsonModule(), new DocumentsJsonModule(), new ChangesJsonModule(), new ConfigurationJsonModule(), new AuditsJsonModule()],
};
Console.WriteLine(string.Join(" | ",
    ItsmJson.Serialize(ChangeScenario.Template, json).Length > 0,
    IncidentScenario.Settings.GetType().Name,
    DocumentScenario.Number,
    ConfigurationItemScenario.JsonOptions.Modules.Count,
    AuditScenario.JsonOptions.Modules.Count));

ReadmeExamples.RunAll();
