namespace GenesysCloud.Emulator;

/// <summary>The checks behind <see cref="EmulatorSeed.Validate"/>: ranges, unique ids and references.</summary>
internal static class SeedValidation
{
    public static List<string> Problems(EmulatorSeed seed)
    {
        var problems = new List<string>();
        OAuthClients(seed, problems);
        ContactListsAndCampaigns(seed, problems);
        RequireUnique(seed.DncLists.Select(l => l.Id), "dncLists[].id", problems);
        RequireUnique(seed.WrapUpCodes.Select(c => c.Id), "wrapUpCodes[].id", problems);
        RequireUnique(seed.Agents.Select(a => a.Id), "agents[].id", problems);
        if (seed.WrapUpCodes.Any(c => string.IsNullOrEmpty(c.Id) || string.IsNullOrEmpty(c.Name)))
        {
            problems.Add("wrapUpCodes[]: id and name are required.");
        }

        WrapUpCodeMapping(seed, problems);
        Dialer(seed, problems);
        Settings(seed.Settings, problems);
        return problems;
    }

    private static void OAuthClients(EmulatorSeed seed, List<string> problems)
    {
        RequireUnique(seed.OAuthClients.Select(c => c.ClientId), "oauthClients[].clientId", problems);
        foreach (var client in seed.OAuthClients)
        {
            if (string.IsNullOrEmpty(client.ClientId) || string.IsNullOrEmpty(client.ClientSecret))
            {
                problems.Add("oauthClients[]: clientId and clientSecret are required.");
            }

            if (client.AccessTokenValiditySeconds is < OAuthClientSeed.MinAccessTokenValiditySeconds or > OAuthClientSeed.MaxAccessTokenValiditySeconds)
            {
                problems.Add($"oauthClients[{client.ClientId}].accessTokenValiditySeconds must be between {OAuthClientSeed.MinAccessTokenValiditySeconds} and {OAuthClientSeed.MaxAccessTokenValiditySeconds}, was {client.AccessTokenValiditySeconds}.");
            }
        }
    }

    private static void ContactListsAndCampaigns(EmulatorSeed seed, List<string> problems)
    {
        RequireUnique(seed.ContactLists.Select(l => l.Id), "contactLists[].id", problems);
        foreach (var list in seed.ContactLists)
        {
            if (string.IsNullOrEmpty(list.Id))
            {
                problems.Add("contactLists[].id is required.");
            }

            foreach (var column in list.PhoneColumns.Where(c => !list.ColumnNames.Contains(c.ColumnName)))
            {
                problems.Add($"contactLists[{list.Id}].phoneColumns: {column.ColumnName} is not one of its columnNames.");
            }

            foreach (var key in list.Contacts.SelectMany(c => c.Data.Keys).Distinct().Where(k => !list.ColumnNames.Contains(k)))
            {
                problems.Add($"contactLists[{list.Id}].contacts: data key {key} is not one of its columnNames.");
            }
        }

        RequireUnique(seed.Campaigns.Select(c => c.Id), "campaigns[].id", problems);
        foreach (var campaign in seed.Campaigns)
        {
            if (string.IsNullOrEmpty(campaign.Id))
            {
                problems.Add("campaigns[].id is required.");
            }

            if (!seed.ContactLists.Any(l => l.Id == campaign.ContactList.Id))
            {
                problems.Add($"campaigns[{campaign.Id}].contactList.id {campaign.ContactList.Id} is not a seeded contact list.");
            }
        }
    }

    private static void WrapUpCodeMapping(EmulatorSeed seed, List<string> problems)
    {
        var mapping = seed.WrapUpCodeMapping;
        foreach (var flag in mapping.DefaultSet.Concat(mapping.Mapping.Values.SelectMany(f => f)).Distinct()
                     .Where(f => !WrapUpCodeMappingSeed.Flags.Contains(f)))
        {
            problems.Add($"wrapUpCodeMapping: {flag} is not a Genesys flag ({string.Join(", ", WrapUpCodeMappingSeed.Flags)}).");
        }

        foreach (var id in mapping.Mapping.Keys.Where(id => seed.WrapUpCodes.All(c => c.Id != id)))
        {
            problems.Add($"wrapUpCodeMapping.mapping: {id} is not one of the wrapUpCodes.");
        }
    }

    private static void Dialer(EmulatorSeed seed, List<string> problems)
    {
        var dialer = seed.Dialer;
        if (dialer.AttemptsPerMinute is < 1 or > DialerSeed.MaxAttemptsPerMinute)
        {
            problems.Add($"dialer.attemptsPerMinute must be between 1 and {DialerSeed.MaxAttemptsPerMinute}.");
        }

        var shares = Enum.GetValues<DialOutcome>().Select(dialer.Outcomes.ShareOf).ToList();
        if (shares.Any(s => s < 0 || double.IsNaN(s)) || shares.Sum() <= 0)
        {
            problems.Add("dialer.outcomes: shares must not be negative and must not all be 0.");
        }

        foreach (var wrapUp in dialer.ConnectedWrapUps)
        {
            if (seed.WrapUpCodes.All(c => c.Id != wrapUp.WrapUpCodeId))
            {
                problems.Add($"dialer.connectedWrapUps: {wrapUp.WrapUpCodeId} is not one of the wrapUpCodes.");
            }

            if (wrapUp.Share < 0 || double.IsNaN(wrapUp.Share))
            {
                problems.Add("dialer.connectedWrapUps[].share must not be negative.");
            }

            RequireRange(wrapUp.TalkSeconds, $"dialer.connectedWrapUps[{wrapUp.WrapUpCodeId}].talkSeconds", problems);
        }

        if (dialer.ConnectedWrapUps.Count > 0 && dialer.ConnectedWrapUps.Sum(w => w.Share) <= 0)
        {
            problems.Add("dialer.connectedWrapUps: the shares must not all be 0.");
        }

        var durations = dialer.CallSeconds;
        if (Enum.GetValues<DialOutcome>().Where(o => o != DialOutcome.Connected).Any(o => durations.For(o) < 0) || durations.ConnectSeconds < 0)
        {
            problems.Add("dialer.callSeconds must not be negative.");
        }

        foreach (var outcome in Enum.GetValues<DialOutcome>().Where(o => o != DialOutcome.Connected))
        {
            var rule = dialer.Retry.For(outcome);
            if (rule is null || rule.MaxAttempts < 1 || rule.RetryAfterMinutes < 0)
            {
                problems.Add($"dialer.retry.{outcome}: maxAttempts must be at least 1 and retryAfterMinutes not negative.");
            }
        }

        if (dialer.AfterCallWorkSeconds < 0)
        {
            problems.Add("dialer.afterCallWorkSeconds must not be negative.");
        }

        foreach (var (number, outcomes) in dialer.OutcomesByNumber)
        {
            if (outcomes.Count == 0)
            {
                problems.Add($"dialer.outcomesByNumber[{number}] is empty.");
            }

            foreach (var text in outcomes.Where(t => !ScriptedOutcome.TryParse(t, seed.WrapUpCodes, out _)))
            {
                problems.Add($"dialer.outcomesByNumber[{number}]: {text} is not an outcome (noAnswer, busy, machine, fax, invalidNumber, connected, connected:<wrap-up id or name>).");
            }
        }
    }

    private static void Settings(EmulatorSettings settings, List<string> problems)
    {
        RequireAtLeastOne(settings.RateLimitPerMinute, "settings.rateLimitPerMinute", problems);
        RequireAtLeastOne(settings.MaxRequestBytes, "settings.maxRequestBytes", problems);
        RequireAtLeastOne(settings.MaxContactsPerAdd, "settings.maxContactsPerAdd", problems);
        RequireAtLeastOne(settings.MaxContactsPerBulkGet, "settings.maxContactsPerBulkGet", problems);
        RequireAtLeastOne(settings.MaxContactsPerDelete, "settings.maxContactsPerDelete", problems);
        RequireAtLeastOne(settings.DncLimits.PerList, "settings.dncLimits.perList", problems);
        RequireAtLeastOne(settings.DncLimits.PerOrganization, "settings.dncLimits.perOrganization", problems);
        RequireAtLeastOne(settings.DncLimits.PerRequest ?? 1, "settings.dncLimits.perRequest", problems);
        RequireAtLeastOne(settings.Analytics.MaxPageSize, "settings.analytics.maxPageSize", problems);
        RequireAtLeastOne(settings.Analytics.MaxResults, "settings.analytics.maxResults", problems);
        RequireAtLeastOne(settings.Analytics.MaxIntervalDaysWithoutFilter, "settings.analytics.maxIntervalDaysWithoutFilter", problems);
        RequireAtLeastOne(settings.Analytics.MaxIntervalDaysWithFilter, "settings.analytics.maxIntervalDaysWithFilter", problems);
        RequireAtLeastOne(settings.Analytics.MaxIdsPerMultiGet, "settings.analytics.maxIdsPerMultiGet", problems);
        if (settings.StoppingDelaySeconds < 0 || settings.ContactExport.ReadySeconds < 0 || settings.ContactExport.UriLifetimeSeconds < 0)
        {
            problems.Add("settings.stoppingDelaySeconds and settings.contactExport times must not be negative.");
        }

        if (settings.JsonTokenRequestStatus is not (400 or 415))
        {
            problems.Add("settings.jsonTokenRequestStatus must be 400 or 415.");
        }

        RequireOneOf(settings.RateLimitWindow, "settings.rateLimitWindow", [EmulatorSettings.RateWindowFixed, EmulatorSettings.RateWindowSliding], problems);
        RequireOneOf(settings.StartWhileStopping, "settings.startWhileStopping",
            [EmulatorSettings.StartWhileStoppingRefuse, EmulatorSettings.StartWhileStoppingResume], problems);
        RequireOneOf(settings.NewContactsWithDoNotQueue, "settings.newContactsWithDoNotQueue",
            [EmulatorSettings.NewContactsQueued, EmulatorSettings.NewContactsHeldUntilRecycle], problems);
        RequireOneOf(settings.ContactInUse, "settings.contactInUse",
            [EmulatorSettings.InUseWhileCampaignRunning, EmulatorSettings.InUseWhileAttemptInFlight, EmulatorSettings.InUseNever], problems);
        RequireOneOf(settings.CallRecordAgentResult, "settings.callRecordAgentResult", [EmulatorSettings.AgentResultName, EmulatorSettings.AgentResultId], problems);
        RequireOneOf(settings.PageSizeOverMax, "settings.pageSizeOverMax", [EmulatorSettings.PageSizeCap, EmulatorSettings.PageSizeReject], problems);
        RequireOneOf(settings.Analytics.PageSizeOverMax, "settings.analytics.pageSizeOverMax", [EmulatorSettings.PageSizeCap, EmulatorSettings.PageSizeReject], problems);
        RequireOneOf(settings.DncLimits.CodeKind, "settings.dncLimits.codeKind", [DncLimitSettings.PhoneNumbers, DncLimitSettings.Records], problems);
    }

    private static void RequireRange(SecondsRange? range, string what, List<string> problems)
    {
        if (range is null || range.Min < 0 || range.Max < range.Min)
        {
            problems.Add($"{what} needs 0 <= min <= max.");
        }
    }

    private static void RequireAtLeastOne(int value, string what, List<string> problems)
    {
        if (value < 1)
        {
            problems.Add($"{what} must be at least 1.");
        }
    }

    private static void RequireOneOf(string value, string what, string[] allowed, List<string> problems)
    {
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            problems.Add($"{what} must be one of {string.Join(", ", allowed)}, was {value}.");
        }
    }

    private static void RequireUnique(IEnumerable<string> ids, string what, List<string> problems)
    {
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{what} {duplicate.Key} appears more than once.");
        }
    }
}
