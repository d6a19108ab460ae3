using CampaignBridge.Functions.CallResults;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Tests.CallResults.Support;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Functions.Tests.OutboundMessages;
using CampaignBridge.Functions.Tests.Outbox.Support;
using CampaignBridge.Testing;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.CallResults;

/// <summary>
/// Issue 14, done when: Leads arrive by Outbound Message (Contacts through the API), a started campaign dials them, and every
/// attempt becomes exactly one Task in Salesforce, with the mapped CampaignMember statuses and do-not-call outcomes.
/// </summary>
public sealed class WayBackEndToEndTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Every_attempt_of_a_campaign_becomes_one_task_with_its_member_status_and_do_not_call()
    {
        await using var world = await WayBackScenario.StartAsync(azurite);

        var runs = await world.RunForAsync(WayBackScenario.Duration);

        var attempts = world.Genesys.Dialer.AttemptsOf(WayBackWorld.GenesysCampaignId);
        attempts.Count.ShouldBe(WayBackScenario.Attempts);
        world.ShouldHaveLoggedEveryAttemptExactlyOnce(WayBackScenario.SkippedWithoutCall);
        runs.Sum(r => r.Delivered.ItemsRefused).ShouldBe(0);

        var tasks = world.LoggedCalls;
        TaskOf(world, Person.Ada).GetString("CallDisposition").ShouldBe("Sale");
        TaskOf(world, Person.Ada).GetString("Subject").ShouldBe("Outbound call: Sale");
        TaskOf(world, Person.Ada).GetString("TaskSubtype").ShouldBe("Call");
        TaskOf(world, Person.Ada).GetString("CallType").ShouldBe("Outbound");
        TaskOf(world, Person.Ada).GetNumber("CallDurationInSeconds").ShouldNotBeNull().ShouldBeGreaterThan(0);
        TaskOf(world, Person.Ada).GetString("WhatId").ShouldBeNull("a Task on a Lead cannot name the campaign");
        TaskOf(world, Person.Edsger).GetString("WhatId").ShouldNotBeNull()[..15].ShouldBe(WayBackWorld.SalesforceCampaignId[..15]);
        tasks.Count(t => WayBackWorld.SameRecord(t.GetString("WhoId"), Person.Grace.Id)).ShouldBe(2);
        tasks.Count(t => WayBackWorld.SameRecord(t.GetString("WhoId"), Person.Barbara.Id)).ShouldBe(3);
        var alan = TaskOf(world, Person.Alan);
        alan.GetString("CallDisposition").ShouldNotBeNull().ShouldContain("do-not-call", Case.Insensitive);
        alan.GetNumber("CallDurationInSeconds").ShouldBe(0);

        world.MemberStatusOf(Person.Ada).ShouldBe("Responded");
        world.MemberStatusOf(Person.Grace).ShouldBe("Not interested");
        world.MemberStatusOf(Person.Edsger).ShouldBe("Do not call");
        world.MemberStatusOf(Person.Barbara).ShouldBe("Responded", "busy has no mapping: the member keeps its status");
        world.Salesforce.Record(Person.Edsger.Id).ShouldNotBeNull().GetBoolean("DoNotCall").ShouldBeTrue();
        world.Salesforce.Record(Person.Ada.Id).ShouldNotBeNull().GetBoolean("DoNotCall").ShouldBeFalse();
        world.Genesys.DncNumbersIn(Seed.InternalDnc).Keys.ShouldContain(k => k.EndsWith("3175550131", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Runs_after_everything_was_logged_write_nothing_more()
    {
        await using var world = await WayBackScenario.StartAsync(azurite);
        await world.RunForAsync(WayBackScenario.Duration);
        var writes = world.Salesforce.Requests.Count(r => r.Method is "PATCH" or "POST" && r.Path.Contains("/composite/", StringComparison.Ordinal));

        var later = await world.RunForAsync(TimeSpan.FromHours(1));

        later.Sum(r => r.Read.Queued + r.Swept).ShouldBe(0, "the look-back re-reads conversations, the ledger knows them");
        world.Salesforce.Requests.Count(r => r.Method is "PATCH" or "POST" && r.Path.Contains("/composite/", StringComparison.Ordinal)).ShouldBe(writes);
        world.ShouldHaveLoggedEveryAttemptExactlyOnce(WayBackScenario.SkippedWithoutCall);
    }

    [Fact]
    public async Task The_readmes_sample_outbound_message_gets_its_lead_dialed_and_logged_as_a_task()
    {
        await using var world = await WayBackWorld.StartAsync(azurite.ConnectionString, seed => seed.Dialer.OutcomesByNumber[Person.Ada.Phone] = ["connected:Sale"]);
        var sample = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "scripts", "samples", "outbound-message-lead.xml"), TestContext.Current.CancellationToken);

        OutboundMessagePosts.ShouldBeAcknowledgement(await OutboundMessagePosts.PostAsync(world.App, sample));
        await world.App.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);
        await world.StartCampaignAsync();
        await world.RunForAsync(TimeSpan.FromMinutes(30));

        world.ShouldHaveLoggedEveryAttemptExactlyOnce();
        TaskOf(world, Person.Ada).GetString("CallDisposition").ShouldBe("Sale");
    }

    private static global::Salesforce.Emulator.SalesforceRecord TaskOf(WayBackWorld world, Person person)
        => world.LoggedCalls.Single(t => WayBackWorld.SameRecord(t.GetString("WhoId"), person.Id));
}
