using CampaignBridge.Functions.CallResults;
using static CampaignBridge.Functions.Tests.CallResults.Units.EmulatorShapedConversations;

namespace CampaignBridge.Functions.Tests.CallResults.Units;

/// <summary>The <c>CallResults</c> section's defaults, each pinned, and what a fresh options object hands on.</summary>
public sealed class CallResultsOptionsDefaultsTests
{
    [Fact]
    public void The_named_defaults_are_pinned()
    {
        CallResultsOptions.SectionName.ShouldBe("CallResults");
        CallResultsOptions.DefaultQueueName.ShouldBe("call-results");
        CallResultsOptions.DefaultPoisonQueueName.ShouldBe("call-results-poison");
        CallResultsOptions.DefaultOperationsTableName.ShouldBe("CallResultOperations");
        CallResultsOptions.DefaultStateTableName.ShouldBe("CallResultState");
        CallResultsOptions.DefaultConversationsTableName.ShouldBe("CallResultConversations");
        CallResultsOptions.DefaultPayloadContainerName.ShouldBe("call-results-payloads");
        CallResultsOptions.DefaultLookBack.ShouldBe(TimeSpan.FromMinutes(15));
        CallResultsOptions.DefaultWrapUpGracePeriod.ShouldBe(TimeSpan.FromMinutes(15));
        CallResultsOptions.DefaultMaxConversationDuration.ShouldBe(TimeSpan.FromHours(4));
        CallResultsOptions.DefaultMaxPagesPerTick.ShouldBe(100);
        CallResultsOptions.DefaultLedgerRetention.ShouldBe(TimeSpan.FromDays(3));
        CallResultsOptions.DefaultBacklogAlertAge.ShouldBe(TimeSpan.FromMinutes(15));
        CallResultsOptions.MaxAttemptsPerRequest.ShouldBe(200);
        CallResultsOptions.DefaultTaskStatus.ShouldBe("Completed");
        CallResultsOptions.DefaultTaskPriority.ShouldBe("Normal");
        CallResultsOptions.DefaultSubjectPrefix.ShouldBe("Outbound call");
        CallResultsOptions.DefaultDoNotCallResult.ShouldBe("Do not call");
        CallResultsOptions.DefaultActivityTimeZone.ShouldBe("UTC");
    }

    [Fact]
    public void A_fresh_options_object_holds_the_named_defaults()
    {
        var options = new CallResultsOptions();

        options.Campaigns.ShouldBeEmpty();
        options.Outcomes.ShouldBeEmpty();
        options.DncListId.ShouldBeNull();
        options.LookBack.ShouldBe(CallResultsOptions.DefaultLookBack);
        options.WrapUpGracePeriod.ShouldBe(CallResultsOptions.DefaultWrapUpGracePeriod);
        options.MaxConversationDuration.ShouldBe(CallResultsOptions.DefaultMaxConversationDuration);
        options.MaxPagesPerTick.ShouldBe(CallResultsOptions.DefaultMaxPagesPerTick);
        options.LedgerRetention.ShouldBe(CallResultsOptions.DefaultLedgerRetention);
        options.BacklogAlertAge.ShouldBe(CallResultsOptions.DefaultBacklogAlertAge);
        options.SweepResults.ShouldBe(CallResultLabels.SkippedWithoutCall);
        options.TaskStatus.ShouldBe(CallResultsOptions.DefaultTaskStatus);
        options.ActivityTimeZone.ShouldBe(CallResultsOptions.DefaultActivityTimeZone);
        options.TaskPriority.ShouldBe(CallResultsOptions.DefaultTaskPriority);
        options.SubjectPrefix.ShouldBe(CallResultsOptions.DefaultSubjectPrefix);
        options.StorageNames().ShouldBe(new(
            CallResultsOptions.DefaultQueueName, CallResultsOptions.DefaultPoisonQueueName, CallResultsOptions.DefaultOperationsTableName,
            CallResultsOptions.DefaultStateTableName, CallResultsOptions.DefaultPayloadContainerName));
        options.ConversationsTableName.ShouldBe(CallResultsOptions.DefaultConversationsTableName);
    }

    [Fact]
    public void The_delivery_bounds_defaults_are_pinned()
    {
        // These have no named constants in CallResultsOptions (reported); the values are pinned here all the same.
        var bounds = new CallResultsOptions().Bounds();

        bounds.MaxDequeueCount.ShouldBe(5);
        bounds.MaxMessagesPerTick.ShouldBe(320);
        bounds.MaxItemsPerTick.ShouldBe(10_500, "a tick holds what its 50 requests of 200 carry, plus more than one message, so the last request is full");
        bounds.MaxRequestsPerTick.ShouldBe(50);
        bounds.MaxTickDuration.ShouldBe(TimeSpan.FromSeconds(20));
        bounds.VisibilityTimeout.ShouldBe(TimeSpan.FromMinutes(5));
        bounds.FailurePause.ShouldBe(TimeSpan.FromMinutes(1));
        bounds.DefaultRateLimitPause.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Configured_delivery_bounds_are_handed_on()
    {
        var options = new CallResultsOptions
        {
            MaxDequeueCount = 2, MaxMessagesPerTick = 3, MaxAttemptsPerTick = 4, MaxRequestsPerTick = 6,
            MaxTickDuration = TimeSpan.FromSeconds(7), VisibilityTimeout = TimeSpan.FromSeconds(8), FailurePause = TimeSpan.FromSeconds(9),
            RateLimitPause = TimeSpan.FromSeconds(10),
        };

        var bounds = options.Bounds();

        (bounds.MaxDequeueCount, bounds.MaxMessagesPerTick, bounds.MaxItemsPerTick, bounds.MaxRequestsPerTick).ShouldBe((2, 3, 4, 6));
        (bounds.MaxTickDuration, bounds.VisibilityTimeout, bounds.FailurePause, bounds.DefaultRateLimitPause)
            .ShouldBe((TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void A_tick_holds_what_fifty_requests_of_two_hundred_carry_plus_headroom_and_reads_as_many_as_they_carry()
    {
        var options = new CallResultsOptions();
        var carried = CallResultsOptions.MaxAttemptsPerRequest * options.MaxRequestsPerTick;

        carried.ShouldBe(10_000);
        options.MaxAttemptsPerTick.ShouldBe(carried + CallResultsOptions.TickHeadroomAttempts);
        CallResultsOptions.TickHeadroomAttempts.ShouldBe(500);
        (options.MaxPagesPerTick * 100).ShouldBe(carried, "a run reads at most what one delivery tick writes");
    }

    [Fact]
    public void The_attempt_origins_are_pinned_and_an_attempt_is_found_by_a_conversation_unless_told()
    {
        CallAttemptOrigins.Conversation.ShouldBe("conversation");
        CallAttemptOrigins.Sweep.ShouldBe("sweep");
        new CallAttempt { ConversationId = ConversationId, CampaignId = CampaignId, ContactId = LeadId, AttemptStart = Start }.Origin.ShouldBe(CallAttemptOrigins.Conversation);
    }

    [Fact]
    public void Followed_campaign_ids_are_trimmed_deduplicated_without_case_and_empty_ones_dropped_in_configuration_order()
    {
        var options = new CallResultsOptions
        {
            Campaigns =
            [
                new FollowedCampaign { GenesysCampaignId = " b-2 " }, new FollowedCampaign { GenesysCampaignId = "a-1" },
                new FollowedCampaign { GenesysCampaignId = "B-2" }, new FollowedCampaign { GenesysCampaignId = " " }, new FollowedCampaign(),
            ],
        };

        options.FollowedCampaignIds().ShouldBe(["b-2", "a-1"]);
    }

    [Fact]
    public void The_salesforce_campaign_of_a_genesys_campaign_is_found_without_case_and_trimmed()
    {
        var options = new CallResultsOptions
        {
            Campaigns = [new FollowedCampaign { GenesysCampaignId = CampaignId.ToUpperInvariant(), SalesforceCampaignId = " 7015g00000CmPgN " }, new FollowedCampaign { GenesysCampaignId = "other", SalesforceCampaignId = " " }],
        };

        options.SalesforceCampaignFor(CampaignId).ShouldBe("7015g00000CmPgN");
        options.SalesforceCampaignFor("other").ShouldBeNull();
        options.SalesforceCampaignFor("unknown").ShouldBeNull();
    }
}
