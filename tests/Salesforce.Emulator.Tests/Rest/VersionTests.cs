using System.Net;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Rest;

/// <summary>API versions (reference §2, §8.3): the versions list, <c>vNN.N</c> routing, 410 for retired versions.</summary>
public sealed class VersionTests
{
    [Fact]
    public async Task The_versions_list_needs_no_session_is_not_counted_and_names_each_release()
    {
        await using var session = await SalesforceSession.StartAsync();

        using var response = await session.GetAsync("/services/data/", token: null);

        var versions = (await response.ShouldBeJsonAsync()).EnumerateArray().ToList();
        versions[0].GetProperty("version").GetString().ShouldBe(SalesforceSettings.DefaultOldestApiVersion);
        versions[^1].GetProperty("version").GetString().ShouldBe(SalesforceSettings.DefaultLatestApiVersion);
        var v65 = versions.Single(v => v.GetProperty("version").GetString() == "65.0");
        v65.GetProperty("label").GetString().ShouldBe("Winter '26");
        v65.GetProperty("url").GetString().ShouldBe("/services/data/v65.0");
        versions.Single(v => v.GetProperty("version").GetString() == "66.0").GetProperty("label").GetString().ShouldBe("Spring '26");
        versions.Single(v => v.GetProperty("version").GetString() == "67.0").GetProperty("label").GetString().ShouldBe("Summer '26");
        versions.Single(v => v.GetProperty("version").GetString() == "64.0").GetProperty("label").GetString().ShouldBe("Summer '25");
        session.Emulator.ApiUsage.Used.ShouldBe(0);
        response.LimitInfo().ShouldBeNull();
    }

    [Theory]
    [InlineData("v30.0")]
    [InlineData("v21.0")]
    public async Task A_retired_version_answers_410(string version)
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"/services/data/{version}/sobjects", token);

        await response.ShouldBeRestErrorAsync(HttpStatusCode.Gone, "UNSUPPORTED_API_VERSION");
    }

    [Theory]
    [InlineData("v99.0")]
    [InlineData("vabc")]
    [InlineData("65.0")]
    public async Task A_version_that_does_not_exist_answers_404_NOT_FOUND(string version)
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"/services/data/{version}/sobjects", token);

        var error = await response.ShouldBeRestErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        error.GetProperty("message").GetString().ShouldBe("The requested resource does not exist");
    }

    [Fact]
    public async Task Collections_upsert_exists_from_v46_0_on()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var body = TaskRecords.Body(false, TaskRecords.Call("conv-version"));

        using (var old = await session.PatchAsync("/services/data/v45.0/composite/sobjects/Task/Genesys_Conversation_Id__c", token, body))
        {
            await old.ShouldBeRestErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        }

        using var supported = await session.PatchAsync("/services/data/v46.0/composite/sobjects/Task/Genesys_Conversation_Id__c", token, body);
        supported.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_version_root_lists_its_resources()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync("/services/data/v65.0", token);

        var body = await response.ShouldBeJsonAsync();
        body.GetProperty("query").GetString().ShouldBe("/services/data/v65.0/query");
        body.GetProperty("sobjects").GetString().ShouldBe("/services/data/v65.0/sobjects");
    }

    [Fact]
    public async Task An_unknown_resource_is_404_and_a_known_one_with_another_method_is_405()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var unknown = await session.GetAsync("/services/data/v65.0/nothing-here", token))
        {
            await unknown.ShouldBeRestErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        }

        using var wrongMethod = await session.SendAsync(HttpMethod.Delete, "/services/data/v65.0/composite/sobjects", token);
        await wrongMethod.ShouldBeRestErrorAsync(HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
    }
}
