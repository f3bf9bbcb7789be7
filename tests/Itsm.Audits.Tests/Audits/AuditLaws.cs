using System.Collections.Generic;
using System.Linq;
using FsCheck;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Itsm.Tests.Shared;

namespace Itsm.Audits.Tests.Audits;

/// <summary>The kit's aggregate laws on random audit histories.</summary>
[ScaledProperties(Arbitrary = [typeof(AuditArbitraries)], Cases = 2_000)]
public class AuditLaws : AggregateLawTests<AuditScenario, Audit, HistoryStep<AuditTrigger>, AuditTrigger, AuditEvent>
{
    protected override Arbitrary<AuditScenario> Generator => AuditArbitraries.Scenarios();

    protected override IReadOnlyList<AuditTrigger> NotCommands => [AuditTrigger.Schedule];

    protected override void AssertInvariants(Audit audit)
    {
        Assert.Equal(Enumerable.Range(1, audit.Findings.Count), audit.Findings.Select(f => f.Number));
        Assert.All(audit.Waivers, w => Assert.NotEqual(w.Auditor, w.ApprovedBy));
        Assert.All(audit.Findings.Where(f => f.RaisedFrom.Count > 0), major =>
        {
            Assert.Equal(FindingKind.MajorNonconformity, major.Kind);
            Assert.All(major.RaisedFrom, n => Assert.Equal(major.Number, audit.Findings[n - 1].RaisedInto));
        });
        if (audit.State is AuditState.InProgress or AuditState.FindingsDrafted or AuditState.Reported or AuditState.FollowUp or AuditState.Closed)
        {
            Assert.NotNull(audit.Plan);
            Assert.NotNull(audit.StartedAt);
            Assert.All(audit.Findings, f => Assert.Contains(f.By, audit.Plan!.Team));
        }

        if (audit.State == AuditState.Closed)
        {
            Assert.Empty(audit.UnfollowedFindings);
        }

        Assert.Equal(audit.State >= AuditState.Reported && audit.State <= AuditState.Closed, audit.ReportedTo.Count > 0);
    }
}
