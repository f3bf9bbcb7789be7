using System;
using System.Collections.Generic;
using Itsm.Core;
using Itsm.Sla.Agreements;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Agreements;

// The agreement's arguments, the words of its history (what each revision changed) and the edges of its rules: a
// revision at the last change's instant, parts a revision leaves alone, a policy set to what it was.
public partial class ServiceLevelAgreementTests
{
    private static readonly LocalDate Review = new(2026, 12, 31);

    [Fact]
    public void Create_RecordsWhatWasAgreed_InItsFirstChange()
    {
        var change = Assert.Single(Agreement().History);

        Assert.Equal((1, Agreed, Manager, "agreed"), (change.Version, change.At, change.By, change.Reason));
        Assert.Equal(
            $"agreed with Acme Bank for email, payroll under policy 'standard', service hours '{FiveByNine.Id}', review by 2026-12-31",
            change.Summary);
    }

    [Fact]
    public void Create_NamesEachProblem()
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() =>
            ServiceLevelAgreement.Create(" ", "", ["email"], Standard, FiveByNine, Review, Manager, Agreed));

        Assert.Equal(
            ["The agreement id is empty; an agreement needs an id.", "The customer is empty; an agreement is made with a customer."],
            error.Problems);
    }

    [Fact]
    public void Create_RefusesNullArguments()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Create(null!, "Acme", ["email"], Standard, FiveByNine, Review, Manager, Agreed)).ParamName);
        Assert.Equal("customer", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Create("S", null!, ["email"], Standard, FiveByNine, Review, Manager, Agreed)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Create("S", "Acme", null!, Standard, FiveByNine, Review, Manager, Agreed)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Create("S", "Acme", ["email"], null!, FiveByNine, Review, Manager, Agreed)).ParamName);
        Assert.Equal("serviceHours", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Create("S", "Acme", ["email"], Standard, null!, Review, Manager, Agreed)).ParamName);
        Assert.Equal("by", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Create("S", "Acme", ["email"], Standard, FiveByNine, Review, null!, Agreed)).ParamName);
    }

    [Fact]
    public void Revise_RefusesNullArguments_AndNamesTheReasonRule()
    {
        var agreement = Agreement();

        Assert.Equal("by", Assert.Throws<ArgumentNullException>(() => agreement.Revise(null!, Agreed, "why", policy: Premium)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => agreement.Revise(Manager, Agreed, null!, policy: Premium)).ParamName);
        var blank = Assert.Throws<ArgumentException>(() => agreement.Revise(Manager, Agreed, " ", policy: Premium));
        Assert.Equal("reason", blank.ParamName);
        Assert.StartsWith("A revision needs a reason; change control records why.", blank.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revise_TheServices_SaysWhatTheyWereAndAre_AndKeepsTheRest()
    {
        var v2 = Agreement().Revise(Manager, Agreed, "hr joins", services: ["email", "payroll", "hr"]);

        Assert.Equal(["email", "payroll", "hr"], v2.Services);
        Assert.True(v2.Covers("hr"));
        Assert.Equal("services: email, payroll -> email, payroll, hr", v2.History[^1].Summary);
        Assert.Same(FiveByNine, v2.ServiceHours);
        Assert.Equal(Review, v2.ReviewDate);
        Assert.Same(Standard, v2.Policy);
    }

    [Fact]
    public void Revise_AServicesPolicy_SaysWhichPolicyItReplaces()
    {
        var v2 = Agreement().Revise(Manager, Agreed, "payroll is critical", servicePolicies: new Dictionary<string, SlaPolicy> { ["payroll"] = Premium });
        var v3 = v2.Revise(Manager, Agreed, "payroll back to standard", servicePolicies: new Dictionary<string, SlaPolicy> { ["payroll"] = Standard });

        Assert.Equal("policy of payroll: 'standard' -> 'premium'", v2.History[^1].Summary);
        Assert.Equal("policy of payroll: 'premium' -> 'standard'", v3.History[^1].Summary);
        Assert.Equal(["email", "payroll"], v2.Services);

        // Setting a service's policy to the one it has already changes nothing.
        var same = Assert.Throws<ArgumentException>(() =>
            v2.Revise(Manager, Agreed, "again", servicePolicies: new Dictionary<string, SlaPolicy> { ["payroll"] = Premium }));
        Assert.StartsWith("The revision of 'SLA-2026-007' changes nothing; a new version needs a change.", same.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revise_TheServiceHours_SaysWhichCalendarsAndRefusesTheSameOne()
    {
        var v2 = Agreement().Revise(Manager, Agreed, "round the clock", serviceHours: SevenByTwentyFour);

        Assert.Same(SevenByTwentyFour, v2.ServiceHours);
        Assert.Equal($"service hours: '{FiveByNine.Id}' -> '{SevenByTwentyFour.Id}'", v2.History[^1].Summary);
        Assert.Throws<ArgumentException>(() => v2.Revise(Manager, Agreed, "again", serviceHours: SevenByTwentyFour));
    }

    [Fact]
    public void Revise_APolicyForAServiceNotCovered_NamesTheService()
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() =>
            Agreement().Revise(Manager, Agreed, "x", servicePolicies: new Dictionary<string, SlaPolicy> { ["hr"] = Premium }));

        Assert.Equal(["The policy for service 'hr' names a service the agreement does not cover; add the service first."], error.Problems);
    }

    [Fact]
    public void Restore_AcceptsChangesAtOneInstant()
    {
        AgreementChange[] history = [new(1, Agreed, Manager, "agreed", "created"), new(2, Agreed, Manager, "same minute", "policy")];

        var restored = ServiceLevelAgreement.Restore("SLA-1", "Acme", ["email"], Standard, new Dictionary<string, SlaPolicy>(), FiveByNine, Review, history);

        Assert.Equal(2, restored.Version);
    }

    [Fact]
    public void TargetFor_AMissingTarget_NamesAgreementMetricPriorityServiceAndPolicy()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Agreement().TargetFor("email", Priority.P2, SlaMetric.Resolution));

        Assert.Equal($"Agreement 'SLA-2026-007' has no {SlaMetric.Resolution} target for P2 on service 'email' (policy 'standard').", error.Message);
    }
}
