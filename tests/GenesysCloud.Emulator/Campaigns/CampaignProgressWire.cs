using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary><c>CampaignProgress</c>, <c>CampaignStats</c> and <c>CampaignInteractions</c> computed from the dialer's state.</summary>
internal static class CampaignProgressWire
{
    public static JsonObject Progress(EmulatorState state, CampaignRecord campaign, DateTimeOffset now)
    {
        var dial = state.Dialer.StateFor(campaign);
        var list = state.FindContactList(campaign.ContactListId);
        long total = list?.Contacts.Count ?? 0;
        long called = dial.CalledContacts.Count;
        var skipped = new JsonObject();
        // Keys of numberOfContactsSkipped are UNCONFIRMED: the system wrap-up code of the skip.
        foreach (var (reason, count) in dial.Skipped)
        {
            skipped[reason] = count;
        }

        return new JsonObject
        {
            ["campaign"] = EntityRef.Of(campaign.Id, campaign.Name, ApiPaths.Campaign(campaign.Id)),
            ["contactList"] = EntityRef.Of(campaign.ContactListId, list?.Name, ApiPaths.ContactList(campaign.ContactListId)),
            ["numberOfContactsCalled"] = called,
            ["numberOfContactsMessaged"] = 0,
            ["totalNumberOfContacts"] = total,
            // "numberOfContactsContacted/totalNumberOfContacts*100".
            ["percentage"] = total == 0 ? 0 : Math.Min(100, called * 100 / total),
            ["numberOfContactsSkipped"] = skipped,
        };
    }

    public static JsonObject Stats(EmulatorState state, CampaignRecord campaign, DateTimeOffset now)
    {
        var attempts = state.Dialer.Attempts.Where(a => a.CampaignId == campaign.Id && a.StartedAt <= now).ToList();
        var connects = attempts.Count(a => a.ConnectedAt <= now);
        var results = attempts.Where(a => a.Finalized && a.HasAgent).Select(a => state.Seed.WrapUpCodeMapping.FlagsOf(a.ResultCode)).ToList();
        var dial = state.Dialer.StateFor(campaign);
        var lines = CampaignValidation.Integer(campaign.Body, "outboundLineCount") ?? 0;
        var outstanding = attempts.Count(a => !a.Finalized);
        return new JsonObject
        {
            ["contactRate"] = new JsonObject
            {
                ["attempts"] = attempts.Count,
                ["connects"] = connects,
                ["connectRatio"] = attempts.Count == 0 ? 0.0 : connects / (double)attempts.Count,
            },
            ["idleAgents"] = 0,
            ["effectiveIdleAgents"] = 0.0,
            ["adjustedCallsPerAgent"] = 0.0,
            ["outstandingCalls"] = outstanding,
            ["scheduledCalls"] = dial.Passes.Values.Count(p => !p.Done && p.RetryAt > now),
            ["timeZoneRescheduledCalls"] = 0,
            ["filteredOutContactsCount"] = 0,
            ["rightPartyContactsCount"] = results.Count(f => f.Contains(WrapUpCodeMappingSeed.RightPartyContact)),
            ["validAttempts"] = attempts.Count,
            ["linesUtilization"] = new JsonObject
            {
                ["assignedOutboundLines"] = Math.Min(outstanding, lines),
                ["totalAvailableOutboundLines"] = campaign.Status == CampaignStatuses.On ? lines : 0,
            },
            ["businessCategoryMetrics"] = new JsonObject
            {
                ["successCount"] = results.Count(f => f.Contains(WrapUpCodeMappingSeed.BusinessSuccess)),
                ["neutralCount"] = results.Count(f => f.Contains(WrapUpCodeMappingSeed.BusinessNeutral)),
                ["failureCount"] = results.Count(f => f.Contains(WrapUpCodeMappingSeed.BusinessFailure)),
            },
        };
    }

    /// <summary>
    /// In-flight attempts: ringing ones in <c>proceedingInteractions</c>, talking or in after-call work in
    /// <c>interactingInteractions</c>; retries waiting in <c>scheduledInteractions</c>. All lists empty = nothing in flight.
    /// </summary>
    public static JsonObject Interactions(EmulatorState state, CampaignRecord campaign, DateTimeOffset now)
    {
        var proceeding = new JsonArray();
        var interacting = new JsonArray();
        foreach (var attempt in state.Dialer.InFlight.Where(a => a.CampaignId == campaign.Id && a.StartedAt <= now))
        {
            var interaction = new JsonObject
            {
                ["id"] = attempt.IdFor("interaction"),
                ["campaign"] = EntityRef.Of(campaign.Id, campaign.Name, ApiPaths.Campaign(campaign.Id)),
                ["contact"] = EntityRef.Of(attempt.ContactId, null, ApiPaths.Contact(attempt.ContactListId, attempt.ContactId)),
                ["destinationAddress"] = attempt.DialedNumber,
                ["creationTime"] = EmulatorState.Timestamp(attempt.StartedAt),
                ["callPlacedTime"] = EmulatorState.Timestamp(attempt.StartedAt),
                ["conversation"] = new JsonObject { ["id"] = attempt.ConversationId },
                ["dialingMode"] = campaign.DialingMode,
                ["callerName"] = campaign.Body["callerName"]?.DeepClone(),
                ["callerAddress"] = attempt.CallerAddress,
            };
            if (attempt.ConnectedAt is { } connected && connected <= now)
            {
                interaction["callRoutedTime"] = EmulatorState.Timestamp(connected);
                interaction["disposition"] = SystemResults.PersonDisposition;
                if (attempt.AgentId is { } agent)
                {
                    interaction["agent"] = new JsonObject { ["id"] = agent };
                }

                interacting.Add(interaction);
            }
            else
            {
                proceeding.Add(interaction);
            }
        }

        var scheduled = new JsonArray();
        foreach (var (contactId, pass) in state.Dialer.StateFor(campaign).Passes.Where(p => !p.Value.Done && p.Value.RetryAt > now))
        {
            scheduled.Add(new JsonObject
            {
                ["id"] = DeterministicIds.Guid(campaign.Id, contactId, pass.RetryAt!.Value.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ["campaign"] = EntityRef.Of(campaign.Id, campaign.Name, ApiPaths.Campaign(campaign.Id)),
                ["contact"] = EntityRef.Of(contactId, null, ApiPaths.Contact(campaign.ContactListId, contactId)),
                ["creationTime"] = EmulatorState.Timestamp(pass.RetryAt!.Value),
                ["dialingMode"] = campaign.DialingMode,
            });
        }

        return new JsonObject
        {
            ["campaign"] = EntityRef.Of(campaign.Id, campaign.Name, ApiPaths.Campaign(campaign.Id)),
            ["pendingInteractions"] = new JsonArray(),
            ["proceedingInteractions"] = proceeding,
            ["previewingInteractions"] = new JsonArray(),
            ["interactingInteractions"] = interacting,
            ["scheduledInteractions"] = scheduled,
        };
    }
}
