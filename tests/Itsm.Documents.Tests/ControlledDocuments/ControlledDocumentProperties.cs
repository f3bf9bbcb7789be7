using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Documents.Numbering;
using Itsm.Testing;
using Itsm.Testing.Laws;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Documents.Tests.ControlledDocuments;

/// <summary>The controlled document's laws over random histories (<see cref="DocumentArbitraries"/>).</summary>
[ScaledProperties(Arbitrary = [typeof(DocumentArbitraries)], Cases = 2_000)]
public class ControlledDocumentProperties
{
    [Property]
    public void AtMostOneRevisionIsEffective_AtEveryStep_AndAtEveryInstantOfTheHistory(DocumentScenario scenario)
    {
        var document = Step(scenario, d => Assert.InRange(d.Revisions.Count(r => r.State == RevisionState.Effective), 0, 1));

        // EffectiveAt answers from the revisions' dates (and throws if two overlap); it must agree with the document rebuilt
        // from the events up to each instant, just before it, and before the creation.
        var instants = document.Events.Select(e => e.At).Distinct().ToList();
        foreach (var at in instants.SelectMany(i => new[] { i - Duration.Epsilon, i }).Prepend(DocumentScenario.CreatedAt - Duration.FromDays(1)))
        {
            var prefix = document.Events.Where(e => e.At <= at).ToList();
            int? expected = prefix.Count == 0 ? null : ControlledDocument.FromEvents(prefix, scenario.Settings).EffectiveRevision?.Number;
            Assert.Equal(expected, document.EffectiveAt(at)?.Number);
        }
    }

    [Property]
    public void NoActorEverApprovesARevisionTheyAuthored(DocumentScenario scenario)
    {
        var (document, _) = scenario.Play();

        var authors = document.Events.OfType<RevisionStarted>().ToDictionary(e => e.Revision, e => e.Actor.Id);
        foreach (var decided in document.Events.OfType<RevisionDecided>().Where(d => d.Decision == ApprovalDecisionKind.Approved))
        {
            Assert.NotEqual(authors[decided.Revision], decided.Actor.Id);
        }

        // Every approved revision was approved, in its last review, for each required step by a different actor holding
        // the step's role, none of them its author.
        foreach (var revision in document.Revisions.Where(r => r.ApprovedAt is not null))
        {
            var approvals = revision.Decisions.Where(d => d.Decision == ApprovalDecisionKind.Approved).ToList();
            Assert.Equal(approvals.Count, approvals.Select(d => d.Actor.Id).Distinct().Count());
            Assert.All(approvals, d => Assert.True(d.Actor.HasRole(revision.Steps[d.Step].Role) && d.Actor.Id != revision.Author.Id));
            Assert.All(Enumerable.Range(0, revision.Steps.Count).Where(i => revision.Steps[i].Kind == ApproverKind.Required), i => Assert.Contains(approvals, d => d.Step == i));
            Assert.DoesNotContain(approvals, d => revision.Steps[d.Step].Kind == ApproverKind.CommentsOnly);
        }
    }

    [Property]
    public void ACompletedSupersessionLeavesNoLiveCopy_AndCopiesOfANonEffectiveRevisionAreNeverInUse(DocumentScenario scenario)
    {
        var completed = new HashSet<int>();
        Step(scenario, document =>
        {
            foreach (var revision in document.Revisions)
            {
                bool complete = document.IsSupersessionComplete(revision.Number);
                if (complete)
                {
                    Assert.Empty(document.LiveCopiesOf(revision.Number));
                    completed.Add(revision.Number);
                }
                else
                {
                    Assert.DoesNotContain(revision.Number, completed);
                }
            }

            Assert.All(
                document.Copies.Where(c => c.State is CopyState.Issued or CopyState.Acknowledged),
                c => Assert.Equal(RevisionState.Effective, document.Revision(c.Revision).State));
            Assert.All(
                document.Copies.Where(c => c.State == CopyState.RecallPending),
                c => Assert.NotEqual(RevisionState.Effective, document.Revision(c.Revision).State));
        });
    }

    [Property]
    public void LabelsStrictlyIncreaseOverApprovedRevisions_AndAreNeverReusedOrSkipped(DocumentScenario scenario)
    {
        var (document, _) = scenario.Play();
        var scheme = scenario.Settings.RevisionScheme;

        var approved = document.Revisions.Where(r => r.Label is not null).ToList();
        Assert.Equal(document.Events.OfType<RevisionApproved>().Select(e => e.Revision), approved.Select(r => r.Number));
        RevisionLabel? previous = null;
        foreach (var revision in approved)
        {
            var label = revision.Label!.Value;
            var expected = previous is not { } p ? scheme.First : revision.Change == ChangeKind.Major ? scheme.AfterMajorChange(p) : scheme.AfterMinorChange(p);
            Assert.Equal(expected, label);
            Assert.True(previous is null || label > previous);
            Assert.Equal(scheme.Format(label), revision.LabelText);
            previous = label;
        }

        Assert.Equal(approved.Count, approved.Select(r => r.LabelText).Distinct().Count());
        Assert.All(document.Revisions.Where(r => r.State is RevisionState.Cancelled or RevisionState.Draft or RevisionState.InReview or RevisionState.ChangesRequested), r => Assert.Null(r.Label));
        Assert.All(document.Revisions.Where(r => r.Label is null), r => Assert.EndsWith("(draft)", r.LabelText, StringComparison.Ordinal));
    }

    /// <summary>Plays the scenario (<see cref="Histories.Walk"/>) and calls back with the document after each command,
    /// accepted or refused.</summary>
    private static ControlledDocument Step(DocumentScenario scenario, Action<ControlledDocument> after)
    {
        ControlledDocument? document = null;
        foreach (var played in Histories.Walk(scenario))
        {
            document = played.Record;
            after(document);
        }

        return document ?? scenario.Start();
    }

}
