using System.Net;
using System.Text.Json.Nodes;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Writes;

/// <summary>Single-record resources (reference §3.3, §8.6): GET by id and the upsert <c>PATCH .../sobjects/{type}/{field}/{value}</c>.</summary>
public sealed class SingleRecordTests
{
    private const string UpsertPath = "/services/data/v65.0/sobjects/Task/Genesys_Conversation_Id__c/";

    [Fact]
    public async Task A_record_is_read_by_id_with_attributes_and_its_visible_fields()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"/services/data/v65.0/sobjects/Lead/{SeedIds.Ada}?fields=Id,Phone,DoNotCall", token);

        var lead = await response.ShouldBeJsonAsync();
        lead.GetProperty("attributes").GetProperty("type").GetString().ShouldBe("Lead");
        lead.GetProperty("attributes").GetProperty("url").GetString().ShouldBe($"/services/data/v65.0/sobjects/Lead/{SeedIds.Ada}");
        lead.EnumerateObject().Select(p => p.Name).ShouldBe(["attributes", "Id", "Phone", "DoNotCall"]);
        lead.GetProperty("Phone").GetString().ShouldBe("+13175550111");
    }

    [Fact]
    public async Task Reading_an_unknown_deleted_or_malformed_id_answers_404()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var unknown = await session.GetAsync($"/services/data/v65.0/sobjects/Lead/{SeedIds.UnknownLead}", token))
        {
            await unknown.ShouldBeRestErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        }

        using (var deleted = await session.GetAsync($"/services/data/v65.0/sobjects/Lead/{SeedIds.DeletedLead}", token))
        {
            await deleted.ShouldBeRestErrorAsync(HttpStatusCode.NotFound, "ENTITY_IS_DELETED");
        }

        using var malformed = await session.GetAsync("/services/data/v65.0/sobjects/Lead/not-an-id", token);
        (await malformed.ShouldBeRestErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND")).GetProperty("message").GetString()
            .ShouldBe("Provided external ID field does not exist or is not accessible: not-an-id");
    }

    [Fact]
    public async Task A_single_upsert_creates_with_201_and_updates_with_200_and_created_false()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var body = TaskRecords.Call("ignored").Without("attributes").Without(SeedIds.ConversationField);

        using var created = await session.PatchAsync(UpsertPath + "single-1", token, body);
        var createdBody = await created.ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = createdBody.ShouldBeSaved("00T", created: true);

        using var updated = await session.PatchAsync(UpsertPath + "single-1", token, body.DeepClone().AsObject().Without("TaskSubtype"));
        (await updated.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldBeSaved("00T", created: false).ShouldBe(id);
        session.Emulator.Tasks.ShouldHaveSingleItem().GetString(SeedIds.ConversationField).ShouldBe("single-1");
    }

    [Fact]
    public async Task With_the_setting_an_update_by_single_upsert_answers_204_without_a_body()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.SingleUpsertUpdateStatus = 204));
        var token = await session.GetTokenAsync();
        var body = TaskRecords.Replay("x").Without("attributes").Without(SeedIds.ConversationField);
        using (await session.PatchAsync(UpsertPath + "single-2", token, body))
        {
        }

        using var updated = await session.PatchAsync(UpsertPath + "single-2", token, body);

        updated.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await updated.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failed_single_upsert_answers_400_with_the_error_array()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var body = TaskRecords.Call("x", SeedIds.DeletedLead).Without("attributes").Without(SeedIds.ConversationField);

        using var response = await session.PatchAsync(UpsertPath + "single-3", token, body);

        var error = await response.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "ENTITY_IS_DELETED");
        error.GetProperty("fields").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task UpdateOnly_refuses_to_insert()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var body = TaskRecords.Call("x").Without("attributes").Without(SeedIds.ConversationField);

        using var response = await session.PatchAsync(UpsertPath + "single-4?updateOnly=true", token, body);

        await response.ShouldBeRestErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        session.Emulator.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_non_unique_external_id_matching_several_records_answers_300_with_their_urls()
    {
        var seed = Seeds.With(s => s.ActivityCustomFields.Add(new CustomFieldSeed { Name = "Batch_Key__c", Length = 20, ExternalId = true }));
        await using var session = await SalesforceSession.StartAsync(seed);
        var token = await session.GetTokenAsync();
        await session.UpsertTasksAsync(token, false, TaskRecords.Call("a").With("Batch_Key__c", "same"), TaskRecords.Call("b").With("Batch_Key__c", "same"));
        var body = new JsonObject { ["Subject"] = "again" };

        using var response = await session.PatchAsync("/services/data/v65.0/sobjects/Task/Batch_Key__c/same", token, body);

        var urls = (await response.ShouldBeJsonAsync(HttpStatusCode.MultipleChoices)).EnumerateArray().Select(u => u.GetString()).ToList();
        urls.Count.ShouldBe(2);
        urls.ShouldAllBe(u => u!.StartsWith("/services/data/v65.0/sobjects/Task/00T", StringComparison.Ordinal));
    }
}
