using CampaignBridge.Functions.Diagnostics;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.CallResults.Support;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Functions.Tests.Outbox.Support;
using Salesforce.Emulator;

namespace CampaignBridge.Functions.Tests.CallResults;

/// <summary>
/// Issue 14, done when: Salesforce faults during a campaign (an outage, expired sessions, lock errors, records refused for
/// good) end with every attempt logged exactly once — or, for a refused record, given up with its reason where an
/// administrator sees it — and nothing duplicated.
/// </summary>
public sealed class SalesforceFaultTests(AzuriteFixture azurite)
{
    private const string TokenPath = "/services/oauth2/token";

    [Fact]
    public async Task Salesforce_down_for_ten_minutes_delays_the_tasks_and_loses_none()
    {
        await using var world = await WayBackScenario.StartAsync(azurite);
        world.Salesforce.Faults.ServerUnavailable(duration: TimeSpan.FromMinutes(10));

        var during = await world.RunForAsync(TimeSpan.FromMinutes(9)); // the runs at minutes 1 to 9; at 10 Salesforce is back
        var after = await world.RunForAsync(WayBackScenario.Duration);

        world.Salesforce.Requests.Count(r => r.StatusCode == 503).ShouldBeGreaterThan(0);
        during.Sum(r => r.Read.Queued).ShouldBeGreaterThan(0, "results are read and queued while Salesforce is down");
        during.Sum(r => r.Delivered.ItemsDelivered).ShouldBe(0);
        world.ShouldHaveLoggedEveryAttemptExactlyOnce(WayBackScenario.SkippedWithoutCall);
        after.Sum(r => r.Delivered.ItemsRefused).ShouldBe(0);
        (await world.WaitingAsync()).ShouldBe(0);
        (await world.PoisonedAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Sessions_that_expire_mid_run_cost_one_new_token_each_and_no_task()
    {
        await using var world = await WayBackScenario.StartAsync(azurite);

        await world.RunForAsync(WayBackScenario.Duration, run =>
        {
            if (run % 7 == 3)
            {
                world.Salesforce.ExpireSessions();
            }

            return Task.CompletedTask;
        });

        var expired = world.Salesforce.Requests.Count(r => r.StatusCode == 401);
        expired.ShouldBeGreaterThan(0, "some writes met an expired session");
        world.Salesforce.Requests.Count(r => r.Path == TokenPath).ShouldBe(expired + 1, "each expired session costs exactly one new token");
        world.ShouldHaveLoggedEveryAttemptExactlyOnce(WayBackScenario.SkippedWithoutCall);
        (await world.PoisonedAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Lock_errors_are_retried_until_the_task_is_written_once()
    {
        await using var world = await WayBackScenario.StartAsync(azurite);
        world.Salesforce.Faults.LockRow("WhoId", Person.Ada.Id, times: 3, sObjectType: "Task");
        world.Salesforce.Faults.LockRow("WhoId", Person.Barbara.Id, times: 2, sObjectType: "Task");

        var runs = await world.RunForAsync(WayBackScenario.Duration);

        TaskWritesNaming(world, Person.Ada).ShouldBe(4, "three writes met UNABLE_TO_LOCK_ROW, the fourth saved");
        TaskWritesNaming(world, Person.Barbara).ShouldBe(3 + 2, "three attempts, and two writes of the first met the lock");
        runs.Sum(r => r.Delivered.ItemsRefused).ShouldBe(0);
        world.ShouldHaveLoggedEveryAttemptExactlyOnce(WayBackScenario.SkippedWithoutCall);
        world.LoggedCalls.Count(t => t.GetString("WhoId")?[..15] == Person.Ada.Id[..15]).ShouldBe(1);
        (await world.PoisonedAsync()).ShouldBeEmpty();
    }

    private static int TaskWritesNaming(WayBackWorld world, Person person)
        => world.Salesforce.Requests.Count(r => r.Path.Contains("/composite/sobjects/Task/", StringComparison.Ordinal) && r.Body?.Contains(person.Id, StringComparison.Ordinal) == true);

    [Fact]
    public async Task Records_refused_for_good_are_given_up_with_salesforces_reason_and_shown_to_the_administrator()
    {
        const string Refusal = "Closed contacts take no activities";
        await using var world = await WayBackScenario.StartAsync(azurite);
        world.Salesforce.Faults.AddRecordFault(new RecordFault
        {
            SObjectType = "Task", Field = "WhoId", Value = Person.Barbara.Id, StatusCode = RecordFault.FieldCustomValidationException, Message = Refusal,
        });

        var runs = await world.RunForAsync(WayBackScenario.Duration);

        var barbara = world.Genesys.Dialer.AttemptsOf(WayBackWorld.GenesysCampaignId).Where(a => a.ContactId == Person.Barbara.Id).Select(a => a.ConversationId).ToList();
        barbara.Count.ShouldBe(3);
        runs.Sum(r => r.Delivered.ItemsRefused).ShouldBe(3);
        world.ShouldHaveLoggedEveryAttemptExactlyOnce(WayBackScenario.SkippedWithoutCall, givenUp: barbara);

        var poisoned = await world.PoisonedAsync();
        poisoned.SelectMany(p => p.Message.Attempts).Select(a => a.ConversationId).ShouldBe(barbara, ignoreOrder: true, "nothing is lost: the refused attempts wait in the poison queue");
        poisoned.ShouldAllBe(p => p.Reason.Contains(RecordFault.FieldCustomValidationException) && p.Reason.Contains(Refusal));

        OperationId.TryParse(poisoned[0].Message.OperationId, out var operationId).ShouldBeTrue();
        var operation = await world.Lane.Operations.GetAsync(operationId, TestContext.Current.CancellationToken);
        operation.ShouldNotBeNull().Rejected.ShouldContain(r => barbara.Contains(r.Id) && r.Reason.Contains(RecordFault.FieldCustomValidationException));

        var backlog = (await world.DiagnosticsAsync())[DiagnosticCheckNames.CallResultsBacklog];
        backlog.GetProperty("ok").GetBoolean().ShouldBeFalse();
        backlog.GetProperty("code").GetString().ShouldBe(DiagnosticCheckNames.BacklogCode);
        var detail = backlog.GetProperty("detail").GetString().ShouldNotBeNull();
        detail.ShouldContain("given up");
        detail.ShouldContain(RecordFault.FieldCustomValidationException, customMessage: "the administrator sees Salesforce's reason without reading the queue");
        detail.ShouldContain(poisoned[0].Message.OperationId, customMessage: "and the operation to look up");
    }
}
