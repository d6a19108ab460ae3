using System.Globalization;
using CampaignBridge.Benchmarks.Harness;
using CampaignBridge.Salesforce;
using GenesysCloud.Emulator;
using Salesforce.Emulator;

namespace CampaignBridge.Benchmarks.Scenarios.CallResults;

/// <summary>
/// The two orgs of the way-back scenario: a Genesys list of <c>n</c> contacts whose ids are Salesforce Lead ids, dialed by
/// one followed campaign at the emulator's fastest pace with one attempt per contact, and a Salesforce org holding those
/// Leads (WhoId must name a stored record) and, for the mapping run, their membership of a Salesforce campaign.
/// </summary>
internal static class CallResultsSeeds
{
    /// <summary>The followed campaign: the default seed's Spring Renewals, seeded on (Winback Q4 and Customer Survey are left out).</summary>
    public const string CampaignId = EmulatorClients.SpringRenewalsCampaignId;

    /// <summary>The default Salesforce seed's "Winter Renewals" campaign (statuses Sent, Called, Responded, Not interested, Do not call).</summary>
    public const string SalesforceCampaignId = "7015g00000CmPgAAAV";

    /// <summary>The default Genesys seed's rds DNC list ("Internal DNC").</summary>
    public const string DncListId = "d0c1a2b3-0000-4000-8000-000000000001";

    /// <summary>The attempts a campaign places per emulated minute at most (<see cref="DialerSeed.MaxAttemptsPerMinute"/>).</summary>
    public const int AttemptsPerMinute = DialerSeed.MaxAttemptsPerMinute;

    /// <summary>What the scenario's Lead ids start with (the default seed's own Leads do not).</summary>
    public const string LeadIdPrefix = "00Q5g0BN";

    /// <summary>The 18-character Lead id of contact <paramref name="index"/> (prefix 00Q, instance 5g of the emulated org).</summary>
    public static string LeadId(int index) => WithSuffix(LeadIdPrefix + index.ToString("D7", CultureInfo.InvariantCulture));

    public static string Phone(int index) => $"+1317{(5_550_000 + index).ToString("D7", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The default Genesys seed with one campaign on over the default list of <paramref name="contacts"/> contacts, at
    /// <see cref="AttemptsPerMinute"/>, no retries (so attempts = contacts) and the default outcome model (35 % connected
    /// to agents, whose wrap-up codes are ids the app looks up).
    /// </summary>
    public static EmulatorSeed Genesys(int contacts)
    {
        var seed = EmulatorSeed.Default;
        var campaign = seed.Campaigns.Single(c => c.Id == CampaignId);
        campaign.CampaignStatus = "on";
        seed.Campaigns = [campaign];
        var list = seed.ContactLists.Single(l => l.Id == campaign.ContactList.Id);
        list.Contacts = [.. Enumerable.Range(0, contacts).Select(i => new GenesysCloud.Emulator.ContactSeed
        {
            Id = LeadId(i),
            Data = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["FirstName"] = $"First{i}",
                ["LastName"] = $"Last{i}",
                ["Phone"] = Phone(i),
            },
        })];
        seed.Dialer.AttemptsPerMinute = AttemptsPerMinute;
        foreach (var rule in new[] { seed.Dialer.Retry.NoAnswer, seed.Dialer.Retry.Busy, seed.Dialer.Retry.Machine, seed.Dialer.Retry.Fax, seed.Dialer.Retry.InvalidNumber })
        {
            rule.MaxAttempts = 1;
        }

        seed.Validate();
        return seed;
    }

    /// <summary>The default Salesforce seed plus the <paramref name="contacts"/> Leads; with <paramref name="members"/>, each a member of Winter Renewals (Sent).</summary>
    public static SalesforceSeed Salesforce(int contacts, bool members)
    {
        var seed = SalesforceSeed.Default;
        seed.Leads.AddRange(Enumerable.Range(0, contacts).Select(i => new LeadSeed
        {
            Id = LeadId(i),
            FirstName = $"First{i}",
            LastName = $"Last{i}",
            Company = $"Company {i}",
            Phone = Phone(i),
        }));
        if (members)
        {
            seed.CampaignMembers.AddRange(Enumerable.Range(0, contacts).Select(i => new CampaignMemberSeed
            {
                Id = WithSuffix($"00v5g0BN{i.ToString("D7", CultureInfo.InvariantCulture)}"),
                CampaignId = SalesforceCampaignId,
                LeadId = LeadId(i),
            }));
        }

        seed.Validate();
        return seed;
    }

    private static string WithSuffix(string shortId)
    {
        Span<char> suffix = stackalloc char[3];
        SalesforceIdFormat.WriteSuffix(shortId, suffix);
        return string.Concat(shortId, suffix);
    }
}
