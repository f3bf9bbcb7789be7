using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Tests.Shared;

namespace Itsm.Audits.Tests.Audits;

/// <summary>Independence as a law of every history: no audit reaches InProgress with a conflicted auditor unless a
/// waiver approved by someone else covers the conflict; the conflicts are asked of the host's facts here, not read from
/// the audit.</summary>
[ScaledProperties(Arbitrary = [typeof(AuditArbitraries)], Cases = 2_000)]
public class AuditProperties
{
    [Property]
    public Property NoAuditStarts_WithAConflictedAuditor_UnlessSomeoneElseWaivedIt(AuditScenario scenario)
    {
        var (audit, _) = scenario.Play();
        bool started = audit.StartedAt is not null;
        var conflicts = started
            ? audit.Plan!.Team.SelectMany(a => AuditScenario.Independence.Conflicts.Where(c => c.Auditor == a && audit.Plan.Scope.Processes.Contains(c.Process))).ToList()
            : [];
        Assert.All(conflicts, c => Assert.Contains(audit.Waivers, w => w.Auditor == c.Auditor && w.Process == c.Process && w.ApprovedBy != c.Auditor));
        return true.ToProperty()
            .Classify(!started, "never started")
            .Classify(started && conflicts.Count == 0, "started, independent")
            .Classify(conflicts.Count > 0, "started under a waiver");
    }
}
