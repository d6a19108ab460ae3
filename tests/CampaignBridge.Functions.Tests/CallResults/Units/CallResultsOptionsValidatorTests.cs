using CampaignBridge.Functions.CallResults;
using static CampaignBridge.Functions.Tests.CallResults.Units.EmulatorShapedConversations;

namespace CampaignBridge.Functions.Tests.CallResults.Units;

/// <summary>
/// <see cref="CallResultsOptionsValidator"/>: the defaults pass, every refusal names its setting (with the index of a list
/// entry) and the fix, and the limits are inclusive.
/// </summary>
public sealed class CallResultsOptionsValidatorTests
{
    private static IReadOnlyList<string> Failures(Action<CallResultsOptions> change)
    {
        var options = new CallResultsOptions();
        change(options);
        var result = new CallResultsOptionsValidator().Validate(null, options);
        return result.Failed ? [.. result.Failures!] : [];
    }

    private static string Refusal(Action<CallResultsOptions> change) => Failures(change).ShouldHaveSingleItem();

    private static FollowedCampaign Campaign(string? genesys = CampaignId, string? salesforce = null) => new() { GenesysCampaignId = genesys, SalesforceCampaignId = salesforce };

    [Fact]
    public void The_defaults_pass()
        => Failures(_ => { }).ShouldBeEmpty();

    [Fact]
    public void A_full_valid_configuration_passes()
        => Failures(o =>
        {
            o.Campaigns = [Campaign(" " + CampaignId + " ", "7015g00000CmPgN"), Campaign("5d1f7c0a-8b1e-4c1a-9f00-000000000002", "")];
            o.Outcomes = [new OutcomeRule { Result = "Sale", CampaignMemberStatus = new string('s', CallResultsOptionsValidator.MaxMemberStatusLength) }];
            o.DncListId = "3c2b1a00-0000-4000-8000-00000000000d";
        }).ShouldBeEmpty();

    [Fact]
    public void Up_to_fifty_campaigns_pass_and_a_fifty_first_is_refused_naming_the_setting()
    {
        static List<FollowedCampaign> Many(int count) => [.. Enumerable.Range(1, count).Select(i => Campaign($"5d1f7c0a-8b1e-4c1a-9f00-{i:D12}"))];

        Failures(o => o.Campaigns = Many(ConversationReader.MaxFollowedCampaigns)).ShouldBeEmpty();
        Refusal(o => o.Campaigns = Many(ConversationReader.MaxFollowedCampaigns + 1)).ShouldStartWith("CallResults:Campaigns lists 51 campaigns; at most 50");
        ConversationReader.MaxFollowedCampaigns.ShouldBe(50);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Spring Renewals")]
    [InlineData("5d1f7c0a8b1e4c1a9f00000000000001")]
    public void A_genesys_campaign_id_that_is_not_a_guid_is_refused_with_its_index(string? id)
        => Refusal(o => o.Campaigns = [Campaign(), Campaign(id)]).ShouldStartWith($"CallResults:Campaigns:1:GenesysCampaignId '{id}' is not a Genesys campaign id");

    [Theory]
    [InlineData("00Q5g00000AbCdE")]
    [InlineData("701")]
    [InlineData("7015g00000CmPgNXXX")]
    public void A_salesforce_campaign_id_that_is_not_a_campaign_id_is_refused_with_its_index(string id)
        => Refusal(o => o.Campaigns = [Campaign(salesforce: id)]).ShouldStartWith($"CallResults:Campaigns:0:SalesforceCampaignId '{id}' is not a Salesforce Campaign id");

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void An_outcome_without_a_result_is_refused_with_its_index(string? result)
        => Refusal(o => o.Outcomes = [new OutcomeRule { Result = "Sale" }, new OutcomeRule { Result = result, DoNotCall = true }])
            .ShouldStartWith("CallResults:Outcomes:1:Result is empty");

    [Fact]
    public void A_member_status_longer_than_forty_characters_is_refused()
    {
        var status = new string('s', 41);

        Refusal(o =>
        {
            o.Campaigns = [Campaign(salesforce: "7015g00000CmPgN")];
            o.Outcomes = [new OutcomeRule { Result = "Sale", CampaignMemberStatus = status }];
        })
            .ShouldBe($"CallResults:Outcomes:0:CampaignMemberStatus '{status}' is longer than the 40 characters a member status can have.");
        CallResultsOptionsValidator.MaxMemberStatusLength.ShouldBe(40);
    }

    [Fact]
    public void A_dnc_list_id_that_is_not_a_guid_is_refused_and_an_empty_one_passes()
    {
        Refusal(o => o.DncListId = "internal-dnc").ShouldStartWith("CallResults:DncListId 'internal-dnc' is not a Genesys DNC list id");
        Failures(o => o.DncListId = "").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("TaskStatus")]
    [InlineData("TaskPriority")]
    [InlineData("SubjectPrefix")]
    public void An_empty_task_text_setting_is_refused_naming_it(string setting)
        => Refusal(o =>
        {
            switch (setting)
            {
                case "TaskStatus": o.TaskStatus = " "; break;
                case "TaskPriority": o.TaskPriority = ""; break;
                default: o.SubjectPrefix = " "; break;
            }
        }).ShouldBe($"CallResults:{setting} is empty; leave it out for the default.");

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:01:00")]
    [InlineData("1.00:00:01")]
    public void A_look_back_that_is_not_positive_or_longer_than_a_day_is_refused(string value)
        => Refusal(o => o.LookBack = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe($"CallResults:LookBack '{TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture)}' must be positive and at most a day (default 00:15:00).");

    [Fact]
    public void A_look_back_and_a_conversation_duration_of_exactly_a_day_pass()
        => Failures(o => (o.LookBack, o.MaxConversationDuration) = (TimeSpan.FromDays(1), TimeSpan.FromDays(1))).ShouldBeEmpty();

    [Fact]
    public void A_negative_wrap_up_grace_period_is_refused_and_zero_passes()
    {
        Refusal(o => o.WrapUpGracePeriod = TimeSpan.FromSeconds(-1)).ShouldStartWith("CallResults:WrapUpGracePeriod '-00:00:01' must not be negative");
        Failures(o => o.WrapUpGracePeriod = TimeSpan.Zero).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData(86_401)]
    public void A_max_conversation_duration_that_is_not_positive_or_longer_than_a_day_is_refused(int seconds)
        => Refusal(o => o.MaxConversationDuration = TimeSpan.FromSeconds(seconds)).ShouldStartWith("CallResults:MaxConversationDuration '");

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void Pages_per_tick_are_between_one_and_a_thousand(int pages, bool passes)
    {
        var failures = Failures(o => o.MaxPagesPerTick = pages);

        if (passes)
        {
            failures.ShouldBeEmpty();
        }
        else
        {
            failures.ShouldHaveSingleItem().ShouldBe($"CallResults:MaxPagesPerTick '{pages}' must be between 1 and 1000 (default 100).");
        }
    }

    [Fact]
    public void Every_problem_is_reported_at_once_each_naming_its_setting()
    {
        var failures = Failures(o =>
        {
            o.Campaigns = [Campaign("x", "y")];
            o.Outcomes = [new OutcomeRule { CampaignMemberStatus = new string('s', 41) }];
            o.DncListId = "x";
            o.TaskStatus = "";
            o.TaskPriority = "";
            o.SubjectPrefix = "";
            o.LookBack = TimeSpan.Zero;
            o.WrapUpGracePeriod = TimeSpan.FromMinutes(-1);
            o.MaxConversationDuration = TimeSpan.Zero;
            o.MaxPagesPerTick = 0;
        });

        failures.Select(f => f[..f.IndexOfAny([' ', '\''])]).ShouldBe(
        [
            "CallResults:Campaigns:0:GenesysCampaignId", "CallResults:Campaigns:0:SalesforceCampaignId", "CallResults:Outcomes:0:Result",
            "CallResults:Outcomes:0:CampaignMemberStatus", "CallResults:DncListId", "CallResults:TaskStatus", "CallResults:TaskPriority",
            "CallResults:SubjectPrefix", "CallResults:LookBack", "CallResults:WrapUpGracePeriod", "CallResults:MaxConversationDuration",
            "CallResults:MaxPagesPerTick",
        ]);
    }

    [Fact]
    public void A_campaign_listed_twice_is_refused_naming_both_entries()
        => Refusal(o => o.Campaigns = [Campaign(salesforce: "7015g00000CmPgN"), Campaign(CampaignId.ToUpperInvariant())])
            .ShouldStartWith($"CallResults:Campaigns lists Genesys campaign {CampaignId} 2 times (entries 0, 1)");

    [Fact]
    public void A_member_status_without_any_salesforce_campaign_to_set_it_in_is_refused()
        => Refusal(o =>
        {
            o.Campaigns = [Campaign()];
            o.Outcomes = [new OutcomeRule { Result = "Sale", CampaignMemberStatus = "Responded" }];
        }).ShouldStartWith("CallResults:Outcomes:0:CampaignMemberStatus 'Responded' needs a Salesforce campaign");

    [Fact]
    public void Delivery_bounds_below_one_or_not_positive_are_refused_naming_each_setting()
    {
        var failures = Failures(o =>
        {
            o.MaxDequeueCount = 0;
            o.MaxMessagesPerTick = 0;
            o.MaxAttemptsPerTick = 0;
            o.MaxRequestsPerTick = -1;
            o.FailurePause = TimeSpan.Zero;
            o.RateLimitPause = TimeSpan.Zero;
        });

        failures.Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)]).ShouldBe(
        [
            "CallResults:MaxDequeueCount", "CallResults:MaxMessagesPerTick", "CallResults:MaxAttemptsPerTick", "CallResults:MaxRequestsPerTick",
            "CallResults:FailurePause", "CallResults:RateLimitPause",
        ]);
    }

    [Fact]
    public void A_visibility_timeout_no_longer_than_a_tick_is_refused()
        => Refusal(o => o.VisibilityTimeout = o.MaxTickDuration)
            .ShouldStartWith("CallResults:VisibilityTimeout (00:00:20) must be longer than CallResults:MaxTickDuration (00:00:20)");

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    public void An_activity_time_zone_this_machine_does_not_know_is_refused_naming_the_setting(string zone)
        => Refusal(o => o.ActivityTimeZone = zone).ShouldStartWith($"CallResults:ActivityTimeZone '{zone}' is not a time zone this machine knows");

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/New_York")]
    [InlineData(" Europe/London ")]
    public void An_activity_time_zone_the_machine_knows_passes(string zone)
        => Failures(o => o.ActivityTimeZone = zone).ShouldBeEmpty();
}
