namespace Salesforce.Emulator.Tests.Seeding;

/// <summary>The documented defaults of every setting (README table; UNCONFIRMED points of the reference), pinned.</summary>
public sealed class SettingsDefaultsTests
{
    [Fact]
    public void The_default_constants_have_the_documented_values()
    {
        SalesforceSettings.DefaultLatestApiVersion.ShouldBe("67.0");
        SalesforceSettings.DefaultOldestApiVersion.ShouldBe("31.0");
        SalesforceSettings.DefaultDailyApiRequestLimit.ShouldBe(100_000);
        SalesforceSettings.DefaultQueryBatchSize.ShouldBe(2_000);
        SalesforceSettings.DefaultSessionTimeoutMinutes.ShouldBe(120);
        SalesforceSettings.DefaultWrongSecretStatus.ShouldBe(400);
        SalesforceSettings.DefaultFlowDisabledError.ShouldBe("unsupported_grant_type");
        SalesforceSettings.DefaultFlowDisabledDescription.ShouldBe("grant type not supported");
        SalesforceSettings.DefaultTaskSubtypeOnUpdate.ShouldBe("error");
        SalesforceSettings.DefaultUnknownFieldScope.ShouldBe("request");
        SalesforceSettings.DefaultDuplicateExternalIdCode.ShouldBe("DUPLICATE_EXTERNAL_ID");
        SalesforceSettings.DefaultWhatIdWithLeadCode.ShouldBe("FIELD_INTEGRITY_EXCEPTION");
        SalesforceSettings.DefaultInvalidMemberStatus.ShouldBe("error");
        SalesforceSettings.DefaultSingleUpsertUpdateStatus.ShouldBe(200);
        SalesforceSettings.DefaultQueryLocatorLifetimeMinutes.ShouldBe(15);
        SalesforceSettings.DefaultMaxRequestUriLength.ShouldBe(16_384);
        SalesforceSettings.MaxCollectionRecords.ShouldBe(200);
        SalesforceSettings.DefaultGenericLoginHosts.ShouldBe(["login.salesforce.com", "test.salesforce.com"]);
        SalesforceSettings.DefaultTaskStatuses.ShouldBe(["Not Started", "In Progress", "Completed", "Waiting on someone else", "Deferred"]);
        SalesforceSettings.DefaultClosedTaskStatuses.ShouldBe(["Completed"]);
        SalesforceEmulator.DefaultStandaloneUrl.ShouldBe("http://127.0.0.1:5090");
    }

    [Fact]
    public void New_settings_and_the_default_seed_use_those_defaults()
    {
        var settings = new SalesforceSettings();

        foreach (var candidate in new[] { settings, SalesforceSeed.Default.Settings })
        {
            candidate.LatestApiVersion.ShouldBe(SalesforceSettings.DefaultLatestApiVersion);
            candidate.OldestApiVersion.ShouldBe(SalesforceSettings.DefaultOldestApiVersion);
            candidate.DailyApiRequestLimit.ShouldBe(SalesforceSettings.DefaultDailyApiRequestLimit);
            candidate.QueryBatchSize.ShouldBe(SalesforceSettings.DefaultQueryBatchSize);
            candidate.SessionTimeoutMinutes.ShouldBe(SalesforceSettings.DefaultSessionTimeoutMinutes);
            candidate.WrongSecretStatus.ShouldBe(SalesforceSettings.DefaultWrongSecretStatus);
            candidate.FlowDisabledError.ShouldBe(SalesforceSettings.DefaultFlowDisabledError);
            candidate.TaskSubtypeOnUpdate.ShouldBe(SalesforceSettings.DefaultTaskSubtypeOnUpdate);
            candidate.UnknownFieldScope.ShouldBe(SalesforceSettings.DefaultUnknownFieldScope);
            candidate.InvalidMemberStatus.ShouldBe(SalesforceSettings.DefaultInvalidMemberStatus);
            candidate.SingleUpsertUpdateStatus.ShouldBe(SalesforceSettings.DefaultSingleUpsertUpdateStatus);
            candidate.CallCenterFields.ShouldBeTrue();
            candidate.TokenRequestsCountAsApiCalls.ShouldBeFalse();
            candidate.FailedResultsIncludeId.ShouldBeFalse();
            candidate.GenericLoginHosts.ShouldBe(SalesforceSettings.DefaultGenericLoginHosts);
            candidate.FaultRandomSeed.ShouldBe(SalesforceSettings.DefaultFaultRandomSeed);
        }
    }
}
