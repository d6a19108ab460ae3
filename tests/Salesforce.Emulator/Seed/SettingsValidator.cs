namespace Salesforce.Emulator;

/// <summary>Range and choice checks of <see cref="SalesforceSettings"/>.</summary>
internal static class SettingsValidator
{
    public static void Check(SalesforceSettings settings, List<string> problems)
    {
        if (!ApiVersion.TryParse(settings.LatestApiVersion, out var latest) || !ApiVersion.TryParse(settings.OldestApiVersion, out var oldest))
        {
            problems.Add("settings.latestApiVersion and settings.oldestApiVersion must be NN.N.");
        }
        else if (oldest > latest || latest < ApiVersion.CollectionsUpsert)
        {
            problems.Add("settings: oldestApiVersion must not be newer than latestApiVersion, and latestApiVersion must be at least 46.0.");
        }

        Require(settings.DailyApiRequestLimit >= 1, "settings.dailyApiRequestLimit must be at least 1.", problems);
        Require(settings.QueryBatchSize >= 1, "settings.queryBatchSize must be at least 1.", problems);
        Require(settings.SessionTimeoutMinutes >= 1, "settings.sessionTimeoutMinutes must be at least 1.", problems);
        Require(settings.WrongSecretStatus is 400 or 401, "settings.wrongSecretStatus must be 400 or 401.", problems);
        Require(!string.IsNullOrEmpty(settings.FlowDisabledError) && !string.IsNullOrEmpty(settings.FlowDisabledDescription),
            "settings.flowDisabledError and flowDisabledDescription are required.", problems);
        Require(settings.TaskSubtypeOnUpdate is SalesforceSettings.TaskSubtypeError or SalesforceSettings.TaskSubtypeIgnore,
            "settings.taskSubtypeOnUpdate must be error or ignore.", problems);
        Require(settings.UnknownFieldScope is SalesforceSettings.ScopeRequest or SalesforceSettings.ScopeRecord,
            "settings.unknownFieldScope must be request or record.", problems);
        Require(settings.InvalidMemberStatus is SalesforceSettings.MemberStatusError or SalesforceSettings.MemberStatusUseDefault,
            "settings.invalidMemberStatus must be error or useDefault.", problems);
        Require(!string.IsNullOrEmpty(settings.DuplicateExternalIdCode) && !string.IsNullOrEmpty(settings.WhatIdWithLeadCode),
            "settings.duplicateExternalIdCode and whatIdWithLeadCode are required.", problems);
        Require(settings.SingleUpsertUpdateStatus is 200 or 204, "settings.singleUpsertUpdateStatus must be 200 or 204.", problems);
        Require(settings.QueryLocatorLifetimeMinutes >= 1, "settings.queryLocatorLifetimeMinutes must be at least 1.", problems);
        Require(settings.MaxRequestUriLength >= 256, "settings.maxRequestUriLength must be at least 256.", problems);
        Require(settings.TaskStatuses.Count > 0 && settings.ClosedTaskStatuses.All(settings.TaskStatuses.Contains),
            "settings.taskStatuses must not be empty and must contain every closedTaskStatuses entry.", problems);
    }

    private static void Require(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
