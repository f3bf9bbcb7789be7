using System;
using System.Linq;
using Itsm.Core.Ids;
using static Itsm.Incidents.Tests.Problems.ProblemFixtures;

namespace Itsm.Incidents.Tests.Specifications;

public class KnownErrorSpecsTests
{
    private static KnownError Make(string id, string symptom, bool publish = true, string service = "email", string ci = "mx-01")
    {
        var problem = Problem.Log(new Id<Kinds.Problem>("PRB-" + id), "t", "d", new Id<Kinds.Service>(service), [new Id<Kinds.ConfigurationItem>(ci)],
            Core.Priority.P3, Pm, ProblemSettings.Default, Pm, Day(0));
        problem.RecordTrendJustification(Pm, Day(0), "weekly trend");
        problem.StartAssessment(Pm, Day(0));
        problem.StartRootCauseAnalysis(Pm, Day(0));
        var knownError = problem.IdentifyKnownError(Resolver, Day(1), new Id<Kinds.KnownError>(id), symptom, null, "a workaround");
        if (publish)
        {
            knownError.Publish(Pm, Day(2));
        }

        return knownError;
    }

    private static readonly KnownError[] Sample =
    [
        Make("KE-mail", "Outbound e-mail stuck in the queue; senders get no bounce"),
        Make("KE-vpn", "VPN drops every 30 minutes", service: "vpn", ci: "fw-02"),
        Make("KE-draft", "Outbound mail stuck after upgrade", publish: false),
        Make("KE-zh", "邮件发送失败，队列积压", ci: "mx-02"),
    ];

    [Fact]
    public void MatchingSymptom_EveryWordOccurs_IgnoringCaseAndOrder()
    {
        Assert.Equal(["KE-mail"], Ids(new KnownErrorsMatchingSymptomSpec("QUEUE stuck")));
        Assert.Equal(["KE-mail"], Ids(new KnownErrorsMatchingSymptomSpec("mail, queue!")));
        Assert.Empty(Ids(new KnownErrorsMatchingSymptomSpec("mail vpn")));
        Assert.Equal(["KE-vpn"], Ids(new KnownErrorsMatchingSymptomSpec("drops 30")));
    }

    [Fact]
    public void MatchingSymptom_MatchesInsideWords_SoTextWithoutSpacesIsSearchable()
    {
        Assert.Equal(["KE-mail"], Ids(new KnownErrorsMatchingSymptomSpec("mail")));
        Assert.Equal(["KE-zh"], Ids(new KnownErrorsMatchingSymptomSpec("发送失败 队列")));
    }

    [Fact]
    public void MatchingSymptom_PublishedOnlyByDefault()
    {
        Assert.Equal(["KE-mail", "KE-draft"], Ids(new KnownErrorsMatchingSymptomSpec("outbound stuck", publishedOnly: false)));
        Assert.Equal(["KE-mail"], Ids(new KnownErrorsMatchingSymptomSpec("outbound stuck")));
    }

    [Fact]
    public void MatchingSymptom_SplitsTheTextIntoDistinctWords_AndNeedsOne()
    {
        Assert.Equal(["queue", "Stuck"], new KnownErrorsMatchingSymptomSpec("queue, Stuck; QUEUE").Words);
        Assert.Throws<ArgumentException>(() => new KnownErrorsMatchingSymptomSpec(" ,;! "));
        Assert.Throws<ArgumentNullException>(() => new KnownErrorsMatchingSymptomSpec(null!));
    }

    [Fact]
    public void ByServiceAndConfigurationItem()
    {
        Assert.Equal(["KE-vpn"], Ids(new KnownErrorsForServiceSpec(new Id<Kinds.Service>("vpn"))));
        Assert.Equal(["KE-mail", "KE-zh"], Ids(new KnownErrorsForServiceSpec(new Id<Kinds.Service>("email"))));
        Assert.Equal(["KE-mail", "KE-draft", "KE-zh"], Ids(new KnownErrorsForServiceSpec(new Id<Kinds.Service>("email"), publishedOnly: false)));
        Assert.Equal(["KE-zh"], Ids(new KnownErrorsForConfigurationItemSpec(new Id<Kinds.ConfigurationItem>("mx-02"))));
        Assert.Equal(["KE-mail", "KE-draft"], Ids(new KnownErrorsForConfigurationItemSpec(new Id<Kinds.ConfigurationItem>("mx-01"), publishedOnly: false)));
        Assert.Throws<ArgumentException>(() => new KnownErrorsForConfigurationItemSpec(default));
        Assert.Throws<ArgumentException>(() => new KnownErrorsForServiceSpec(default));
    }

    [Fact]
    public void Compliance_PublishedKnownErrorsHaveAWorkaround() =>
        Assert.Empty(new PublishedKnownErrorsWithoutWorkaroundSpec().Evaluate(Sample));

    private static string[] Ids(Ardalis.Specification.Specification<KnownError> spec) => [.. spec.Evaluate(Sample).Select(k => k.Id.Value)];
}
