using System.Text.Json;
using CampaignBridge.Genesys.Tests.Support;

namespace CampaignBridge.Genesys.Tests.Outbound;

/// <summary>Contact lists, contacts (chunked) and DNC lists against the emulator.</summary>
public sealed class GenesysOutboundClientContactTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void The_per_request_limits_are_pinned()
    {
        GenesysOutboundLimits.MaxContactsPerAdd.ShouldBe(1000);
        GenesysOutboundLimits.MaxContactsPerBulkGet.ShouldBe(50);
        GenesysOutboundLimits.MaxContactsPerDelete.ShouldBe(250);
        GenesysOutboundLimits.MaxDncNumbersPerAdd.ShouldBe(1000);
    }

    [Fact]
    public async Task A_contact_list_is_read_with_its_columns_and_size()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var list = await harness.Client.GetContactListAsync(Seeded.ContactListId, Cancel);

        list.Name.ShouldBe("Salesforce Leads");
        list.ColumnNames.ShouldBe(["FirstName", "LastName", "Phone", "MobilePhone", "Email", "AccountId"]);
        list.PhoneColumns.Select(p => (p.ColumnName, p.Type)).ShouldBe([("Phone", "home"), ("MobilePhone", "cell")]);
        list.Size.ShouldBe(0);
        harness.ApiRequests.ShouldHaveSingleItem().Query.ShouldBe("includeSize=true");
    }

    [Fact]
    public async Task An_unknown_contact_list_is_not_found()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetContactListAsync(Seeded.UnknownId, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.NotFound);
        error.GenesysCode.ShouldBe("contact.list.not.found");
    }

    [Fact]
    public async Task Two_thousand_five_hundred_contacts_are_added_in_three_requests_of_at_most_a_thousand()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var contacts = Enumerable.Range(0, 2500).Select(Contact).ToList();

        var added = await harness.Client.AddContactsAsync(Seeded.ContactListId, contacts, new ContactWriteOptions(DoNotQueue: true), Cancel);

        added.Count.ShouldBe(2500);
        added.Select(c => c.Id).ShouldBe(contacts.Select(c => c.Id));
        var posts = harness.ApiRequests;
        posts.Count.ShouldBe(3);
        posts.ShouldAllBe(r => r.Method == "POST" && r.Path == $"/api/v2/outbound/contactlists/{Seeded.ContactListId}/contacts");
        posts.ShouldAllBe(r => r.Query == "priority=false&clearSystemData=false&doNotQueue=true");
        posts.Select(r => JsonDocument.Parse(r.Body!).RootElement.GetArrayLength()).ShouldBe([1000, 1000, 500]);
        using var first = JsonDocument.Parse(posts[0].Body!);
        first.RootElement[0].GetProperty("contactListId").GetString().ShouldBe(Seeded.ContactListId);
        first.RootElement[0].GetProperty("data").GetProperty("LastName").GetString().ShouldBe("Lead 0");
        harness.Emulator.ContactsIn(Seeded.ContactListId).Count.ShouldBe(2500);
    }

    [Fact]
    public async Task A_contact_without_id_gets_one_from_genesys()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var contact = new WritableDialerContact { Data = new Dictionary<string, string> { ["Phone"] = "+13175550123" } };

        var added = await harness.Client.AddContactsAsync(Seeded.ContactListId, [contact], ContactWriteOptions.Default, Cancel);

        added.ShouldHaveSingleItem().Id.ShouldNotBeNullOrEmpty();
        harness.Emulator.ContactsIn(Seeded.ContactListId).Keys.ShouldBe([added[0].Id!]);
    }

    [Fact]
    public async Task Contact_data_with_unknown_columns_is_explained()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var contact = new WritableDialerContact { Id = "003A", Data = new Dictionary<string, string> { ["Nickname"] = "Bob" } };

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            harness.Client.AddContactsAsync(Seeded.ContactListId, [contact], ContactWriteOptions.Default, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.InvalidContactColumns);
        error.GenesysCode.ShouldBe("invalid.contact.columns");
        error.StatusCode.ShouldBe(400);
        error.Hint.ShouldContain("columnNames");
    }

    [Fact]
    public async Task A_hundred_and_twenty_ids_are_read_in_three_bulk_requests_of_at_most_fifty()
    {
        await using var harness = await GenesysHarness.StartAsync();
        await harness.Client.AddContactsAsync(Seeded.ContactListId, Enumerable.Range(0, 100).Select(Contact).ToList(), ContactWriteOptions.Default, Cancel);
        var ids = Enumerable.Range(0, 120).Select(i => $"SF{i:D5}").ToList(); // the last 20 do not exist

        var found = await harness.Client.GetContactsAsync(Seeded.ContactListId, ids, Cancel);

        found.Select(c => c.Id).ShouldBe(ids.Take(100));
        found[7].Data!["Phone"].ShouldBe("+13175550007");
        var bulk = harness.ApiRequests.Where(r => r.Path.EndsWith("/contacts/bulk", StringComparison.Ordinal)).ToList();
        bulk.Select(r => JsonDocument.Parse(r.Body!).RootElement.GetArrayLength()).ShouldBe([50, 50, 20]);
        bulk.ShouldAllBe(r => r.Method == "POST");
    }

    [Fact]
    public async Task Six_hundred_contacts_are_deleted_in_three_requests_with_repeated_contact_ids()
    {
        await using var harness = await GenesysHarness.StartAsync(seed: Seeded.NoCampaignRunning);
        var contacts = Enumerable.Range(0, 600).Select(Contact).ToList();
        await harness.Client.AddContactsAsync(Seeded.ContactListId, contacts, ContactWriteOptions.Default, Cancel);

        await harness.Client.RemoveContactsAsync(Seeded.ContactListId, contacts.Select(c => c.Id!).ToList(), Cancel);

        var deletes = harness.ApiRequests.Where(r => r.Method == "DELETE").ToList();
        deletes.Count.ShouldBe(3);
        deletes.Select(r => r.Query.Split('&').Length).ShouldBe([250, 250, 100]);
        deletes[0].Query.ShouldStartWith("contactIds=SF00000&contactIds=SF00001&");
        deletes.ShouldAllBe(r => r.StatusCode == 200);
        harness.Emulator.ContactsIn(Seeded.ContactListId).ShouldBeEmpty();
    }

    [Fact]
    public async Task Empty_inputs_send_nothing()
    {
        await using var harness = await GenesysHarness.StartAsync();

        (await harness.Client.AddContactsAsync(Seeded.ContactListId, [], ContactWriteOptions.Default, Cancel)).ShouldBeEmpty();
        (await harness.Client.GetContactsAsync(Seeded.ContactListId, [], Cancel)).ShouldBeEmpty();
        await harness.Client.RemoveContactsAsync(Seeded.ContactListId, [], Cancel);
        await harness.Client.AddDncPhoneNumbersAsync(Seeded.InternalDncList, [], null, Cancel);

        harness.Emulator.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Ids_are_checked_and_escaped_before_they_reach_a_path()
    {
        await using var harness = await GenesysHarness.StartAsync();

        await Should.ThrowAsync<ArgumentException>(() => harness.Client.GetCampaignAsync(" ", Cancel));
        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetCampaignAsync("../contactlists/x", Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.NotFound);
        harness.ApiRequests.ShouldHaveSingleItem().Path.ShouldBe("/api/v2/outbound/campaigns/..%2Fcontactlists%2Fx");
    }

    [Fact]
    public async Task Numbers_are_added_to_an_internal_dnc_list_with_their_expiry()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var expiry = new DateTimeOffset(2027, 1, 31, 23, 59, 42, TimeSpan.FromHours(-5));

        var list = await harness.Client.GetDncListAsync(Seeded.InternalDncList, Cancel);
        await harness.Client.AddDncPhoneNumbersAsync(Seeded.InternalDncList, ["+13175550100", "+13175550101"], expiry, Cancel);

        list.IsInternal.ShouldBeTrue();
        list.DncSourceType.ShouldBe(DncList.InternalSourceType);
        var post = harness.ApiRequests.Single(r => r.Method == "POST");
        post.Query.ShouldBe("expirationDateTime=2027-02-01T04%3A59Z");
        post.Body.ShouldBe("""["+13175550100","+13175550101"]""");
        harness.Emulator.DncNumbersIn(Seeded.InternalDncList).Keys.ShouldBe(["+13175550100", "+13175550101"], ignoreOrder: true);
    }

    [Fact]
    public async Task Numbers_cannot_be_added_to_a_non_internal_dnc_list()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var list = await harness.Client.GetDncListAsync(Seeded.RegistryDncList, Cancel);
        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            harness.Client.AddDncPhoneNumbersAsync(Seeded.RegistryDncList, ["+13175550100"], null, Cancel));

        list.IsInternal.ShouldBeFalse();
        error.ErrorCode.ShouldBe(GenesysErrorCodes.DncListNotInternal);
        error.GenesysCode.ShouldBe("dnc.source.operation.not.supported");
        error.Hint.ShouldContain("Internal DNC lists");
    }

    [Fact]
    public async Task An_unknown_dnc_list_is_not_found()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetDncListAsync(Seeded.UnknownId, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.NotFound);
        error.GenesysCode.ShouldBe("dnc.list.not.found");
    }

    private static WritableDialerContact Contact(int i) => new()
    {
        Id = $"SF{i:D5}",
        Data = new Dictionary<string, string>
        {
            ["FirstName"] = "Test",
            ["LastName"] = $"Lead {i}",
            ["Phone"] = $"+1317555{i:D4}",
        },
    };
}
