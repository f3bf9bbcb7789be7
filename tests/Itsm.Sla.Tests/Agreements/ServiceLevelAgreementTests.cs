using System;
using System.Collections.Generic;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Agreements;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Agreements;

public partial class ServiceLevelAgreementTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly BusinessCalendar FiveByNine = BusinessCalendars.FiveByNine(Shanghai, new LocalTime(9, 0));
    private static readonly BusinessCalendar SevenByTwentyFour = BusinessCalendars.SevenByTwentyFour(Shanghai);
    private static readonly Actor Manager = new("wang.fang", "Wang Fang");
    private static readonly Instant Agreed = Instant.FromUtc(2026, 1, 5, 2, 0);

    private static readonly SlaPolicy Standard = SlaPolicy.Builder("standard")
        .Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(8), FiveByNine)
        .Build();

    private static readonly SlaPolicy Premium = SlaPolicy.Builder("premium")
        .Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(4), SevenByTwentyFour)
        .Build();

    private static ServiceLevelAgreement Agreement() =>
        ServiceLevelAgreement.Create("SLA-2026-007", "Acme Bank", ["email", "payroll"], Standard, FiveByNine, new LocalDate(2026, 12, 31), Manager, Agreed);

    [Fact]
    public void Create_IsVersionOne_WithTheAgreementInItsHistory()
    {
        var agreement = Agreement();

        Assert.Equal(1, agreement.Version);
        var change = Assert.Single(agreement.History);
        Assert.Equal(Manager, change.By);
        Assert.Contains("Acme Bank", change.Summary, StringComparison.Ordinal);
        Assert.True(agreement.Covers("email"));
        Assert.False(agreement.Covers("hr"));
    }

    [Fact]
    public void TargetFor_SelectsByServicePriorityAndMetric_WithPerServicePolicies()
    {
        var agreement = Agreement().Revise(Manager, Agreed + Duration.FromDays(30), "payroll is business critical",
            servicePolicies: new Dictionary<string, SlaPolicy> { ["payroll"] = Premium });

        Assert.Equal(Duration.FromHours(8), agreement.TargetFor("email", Priority.P1, SlaMetric.Resolution).Amount);
        Assert.Equal(Duration.FromHours(4), agreement.TargetFor("payroll", Priority.P1, SlaMetric.Resolution).Amount);
        var notCovered = Assert.Throws<KeyNotFoundException>(() => agreement.TargetFor("hr", Priority.P1, SlaMetric.Resolution));
        Assert.Contains("'hr'", notCovered.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => agreement.TargetFor("email", Priority.P2, SlaMetric.Resolution));
        Assert.False(agreement.TryGetTarget("hr", Priority.P1, SlaMetric.Resolution, out _));
    }

    [Fact]
    public void Revise_MakesTheNextVersion_RecordingWhoWhatWhenAndWhy_AndLeavesTheOldOne()
    {
        var v1 = Agreement();
        var at = Agreed + Duration.FromDays(90);

        var v2 = v1.Revise(Manager, at, "annual review moved", policy: Premium, reviewDate: new LocalDate(2027, 6, 30));

        Assert.Equal(2, v2.Version);
        Assert.Same(Premium, v2.Policy);
        Assert.Equal(new LocalDate(2027, 6, 30), v2.ReviewDate);
        Assert.Same(Standard, v1.Policy);
        Assert.Equal(1, v1.Version);
        var change = v2.History[^1];
        Assert.Equal((2, at, Manager, "annual review moved"), (change.Version, change.At, change.By, change.Reason));
        Assert.Equal("policy: 'standard' -> 'premium'; review date: 2026-12-31 -> 2027-06-30", change.Summary);
    }

    [Fact]
    public void Revise_WithoutReasonOrChange_OrBackInTime_IsRefused()
    {
        var agreement = Agreement();

        Assert.Throws<ArgumentException>(() => agreement.Revise(Manager, Agreed, " ", policy: Premium));
        var nothing = Assert.Throws<ArgumentException>(() => agreement.Revise(Manager, Agreed, "no-op", policy: Standard));
        Assert.Contains("changes nothing", nothing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => agreement.Revise(Manager, Agreed - Duration.FromDays(1), "late", policy: Premium));
    }

    [Fact]
    public void Create_InvalidParts_ListEveryProblem()
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() =>
            ServiceLevelAgreement.Create(" ", "", ["email", "email", ""], Standard, FiveByNine, new LocalDate(2026, 12, 31), Manager, Agreed));
        Assert.Equal(4, error.Problems.Count);
    }

    [Fact]
    public void Revise_PolicyForUncoveredService_IsRefused() =>
        Assert.Throws<InvalidSlaDefinitionException>(() =>
            Agreement().Revise(Manager, Agreed, "x", servicePolicies: new Dictionary<string, SlaPolicy> { ["hr"] = Premium }));

    [Fact]
    public void Restore_GivesBackTheStoredVersion_WithItsHistory()
    {
        var stored = Agreement().Revise(Manager, Agreed + Duration.FromDays(30), "payroll is critical", servicePolicies: new Dictionary<string, SlaPolicy> { ["payroll"] = Premium });

        var restored = ServiceLevelAgreement.Restore(stored.Id, stored.Customer, stored.Services, stored.Policy, stored.ServicePolicies, stored.ServiceHours, stored.ReviewDate, stored.History);

        Assert.Equal((2, "SLA-2026-007 v2 (Acme Bank)"), (restored.Version, restored.ToString()));
        Assert.Equal(stored.History, restored.History);
        Assert.Same(Premium, restored.ServicePolicies["payroll"]);
        Assert.True(restored.Covers("email"));
        Assert.False(restored.Covers("Email"));
    }

    [Fact]
    public void Restore_ListsEveryProblemOfThePartsAndTheHistory()
    {
        var first = new AgreementChange(1, Agreed, Manager, "agreed", "created");
        AgreementChange[] history = [first, new AgreementChange(3, Agreed - Duration.FromDays(1), Manager, "r", "s"), null!];

        var error = Assert.Throws<InvalidSlaDefinitionException>(() => ServiceLevelAgreement.Restore(
            "SLA-1", "Acme", ["email", "email", " "], Standard, new Dictionary<string, SlaPolicy> { ["fax"] = Premium }, FiveByNine, new LocalDate(2026, 12, 31), history));

        Assert.Equal(
            [
                "The service 'email' is listed twice.",
                "A service name is empty.",
                "The policy for service 'fax' names a service the agreement does not cover.",
                $"History entry 1 has version 3; versions run 1, 2, 3... without gaps.",
                $"History entry 1 at {Agreed - Duration.FromDays(1)} is before the change before it at {Agreed}.",
                "History entry 2 is null.",
            ],
            error.Problems);
        Assert.Equal(
            ["The agreement covers no service; it needs at least one.", "The history is empty; an agreement's history starts with its agreement."],
            Assert.Throws<InvalidSlaDefinitionException>(() => ServiceLevelAgreement.Restore("SLA-1", "Acme", [], Standard, new Dictionary<string, SlaPolicy>(), FiveByNine, new LocalDate(2026, 12, 31), [])).Problems);
    }

    [Fact]
    public void Restore_RefusesNullArguments()
    {
        var policies = new Dictionary<string, SlaPolicy>();
        var date = new LocalDate(2026, 12, 31);
        AgreementChange[] history = [new AgreementChange(1, Agreed, Manager, "agreed", "created")];

        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Restore(null!, "Acme", ["email"], Standard, policies, FiveByNine, date, history)).ParamName);
        Assert.Equal("customer", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Restore("S", null!, ["email"], Standard, policies, FiveByNine, date, history)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Restore("S", "Acme", null!, Standard, policies, FiveByNine, date, history)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Restore("S", "Acme", ["email"], null!, policies, FiveByNine, date, history)).ParamName);
        Assert.Equal("servicePolicies", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Restore("S", "Acme", ["email"], Standard, null!, FiveByNine, date, history)).ParamName);
        Assert.Equal("serviceHours", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Restore("S", "Acme", ["email"], Standard, policies, null!, date, history)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => ServiceLevelAgreement.Restore("S", "Acme", ["email"], Standard, policies, FiveByNine, date, null!)).ParamName);
    }
}
