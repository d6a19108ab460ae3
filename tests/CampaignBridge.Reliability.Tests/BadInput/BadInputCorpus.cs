using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.DoNotCall;
using CampaignBridge.Reliability.Tests.Support;

namespace CampaignBridge.Reliability.Tests.BadInput;

/// <summary>
/// The combined bad-input corpus: HTTP API requests with bad ids, query values, bodies and content types, and
/// Outbound Messages that are malformed, hostile or not for us. None of them may reach Genesys.
/// </summary>
public static class BadInputCorpus
{
    private const string List = ReliabilityHost.ContactListId;
    private const string Dnc = ReliabilityHost.DncListId;
    private const string ValidRecordId = "0031I000000001A";

    public static IReadOnlyList<BadInputCase> All { get; } = [.. Http(), .. Soap()];

    private static IEnumerable<BadInputCase> Http()
    {
        string[] badIds = ["not-a-guid", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "5d1f7c0a-8b1e-4c1a-9f00-00000000000Z", "' OR 1=1 --", "<script>alert(1)</script>", new string('a', 5000), " "];
        foreach (var id in badIds)
        {
            var shown = id.Length > 40 ? $"{id[..10]}... ({id.Length} chars)" : id;
            yield return Get($"GetCampaign with campaignId '{shown}'", id, (f, r) => f.Run(r, id));
        }

        yield return new("HTTP", "StartCampaign with a path-like id", h => Call<StartCampaign>(h, "POST", "/api/campaigns/x/start", null, (f, r) => f.Run(r, "../campaigns/all")));
        yield return new("HTTP", "StopCampaign with a non-GUID id", h => Call<StopCampaign>(h, "POST", "/api/campaigns/x/stop", null, (f, r) => f.Run(r, "campaign-1")));
        yield return new("HTTP", "GetCampaignProgress with a non-GUID id", h => Call<GetCampaignProgress>(h, "GET", "/api/campaigns/x/progress", null, (f, r) => f.Run(r, "12345")));

        foreach (var query in new[] { "?pageSize=0", "?pageSize=101", "?pageSize=abc", "?pageNumber=-1", "?pageNumber=99999999999999999999", $"?name={new string('n', 300)}" })
        {
            yield return new("HTTP", $"ListCampaigns {(query.Length > 40 ? query[..20] + "..." : query)}", h => Call<ListCampaigns>(h, "GET", "/api/campaigns", null, (f, r) => f.Run(r), query: query));
        }

        var upserts = new (string Name, string? Body, string ContentType)[]
        {
            ("malformed JSON", "{\"contacts\": [", "application/json"),
            ("contacts is a string", "{\"contacts\": \"all\"}", "application/json"),
            ("contacts missing", "{}", "application/json"),
            ("contacts empty", "{\"contacts\": []}", "application/json"),
            ("JSON array at the root", "[{\"id\": \"0031I000000001A\"}]", "application/json"),
            ("JSON null", "null", "application/json"),
            ("empty body", "", "application/json"),
            ("text/plain content type", "{\"contacts\": []}", "text/plain"),
            ("form content type", "contacts=1", "application/x-www-form-urlencoded"),
            ("options.priority is a string", $"{{\"contacts\": [{{\"id\": \"{ValidRecordId}\", \"data\": {{\"FirstName\": \"A\"}}}}], \"options\": {{\"priority\": \"yes\"}}}}", "application/json"),
            ("data is an array", $"{{\"contacts\": [{{\"id\": \"{ValidRecordId}\", \"data\": [1, 2]}}]}}", "application/json"),
            ("body over 1 MiB", "{\"contacts\": [{\"id\": \"" + ValidRecordId + "\", \"data\": {\"FirstName\": \"" + new string('x', 1_100_000) + "\"}}]}", "application/json"),
            ("5001 contacts", "{\"contacts\": [" + string.Join(",", Enumerable.Range(0, 5001).Select(i => $"{{\"id\": \"0031I{i:D10}\", \"data\": {{\"FirstName\": \"A\"}}}}")) + "]}", "application/json"),
        };
        foreach (var (name, body, contentType) in upserts)
        {
            yield return new("HTTP", $"UpsertContacts {name}", h => Call<UpsertContacts>(h, "POST", $"/api/contactlists/{List}/contacts", body, (f, r) => f.Run(r, List), contentType));
        }

        yield return new("HTTP", "UpsertContacts to a path-like contact list id", h => Call<UpsertContacts>(h, "POST", "/api/contactlists/x/contacts",
            $"{{\"contacts\": [{{\"id\": \"{ValidRecordId}\", \"data\": {{\"FirstName\": \"A\"}}}}]}}", (f, r) => f.Run(r, "..\\..\\windows")));

        var removals = new (string Name, string Body)[]
        {
            ("contactIds empty", "{\"contactIds\": []}"),
            ("contactIds is a string", "{\"contactIds\": \"a,b\"}"),
            ("malformed JSON", "{\"contactIds\": [\"a\""),
            ("contactIds hold path-like ids", "{\"contactIds\": [\"../../x\"]}"),
        };
        foreach (var (name, body) in removals)
        {
            yield return new("HTTP", $"RemoveContacts {name}", h => Call<RemoveContacts>(h, "POST", $"/api/contactlists/{List}/contacts/remove", body, (f, r) => f.Run(r, List)));
        }

        var dncAdds = new (string Name, string Body, string Id)[]
        {
            ("phoneNumbers empty", "{\"phoneNumbers\": []}", Dnc),
            ("phoneNumbers missing", "{}", Dnc),
            ("phoneNumbers is a number", "{\"phoneNumbers\": 5}", Dnc),
            ("expirationDateTime not a date", "{\"phoneNumbers\": [\"+16502530000\"], \"expirationDateTime\": \"tomorrow\"}", Dnc),
            ("non-GUID DNC list id", "{\"phoneNumbers\": [\"+16502530000\"]}", "dnc-list"),
        };
        foreach (var (name, body, id) in dncAdds)
        {
            yield return new("HTTP", $"AddDncNumbers {name}", h => Call<AddDncNumbers>(h, "POST", $"/api/dnclists/{id}/phonenumbers", body, (f, r) => f.Run(r, id)));
        }
    }

    private static IEnumerable<BadInputCase> Soap()
    {
        var valid = OutboundMessages.Build(Enumerable.Range(0, 2), batch: 9, "v1");
        yield return Soap("malformed XML", "<soapenv:Envelope><notifications>");
        yield return Soap("empty body", string.Empty);
        yield return Soap("XXE: external entity to file:///etc/passwd", """
            <?xml version="1.0"?>
            <!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <notifications xmlns="http://soap.sforce.com/2005/09/outbound"><OrganizationId>&xxe;</OrganizationId></notifications>
            </soapenv:Body></soapenv:Envelope>
            """);
        yield return Soap("billion laughs entity expansion", """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"> <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"> ]>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <notifications xmlns="http://soap.sforce.com/2005/09/outbound"><OrganizationId>&lol3;</OrganizationId></notifications>
            </soapenv:Body></soapenv:Envelope>
            """);
        yield return Soap("unknown organization", OutboundMessages.Build(Enumerable.Range(0, 2), batch: 9, "v1", organizationId: "00D000000000002"));
        yield return Soap("unknown mapping", valid, mapping: "no-such-mapping");
        yield return Soap("a SOAP login request, not notifications", """
            <?xml version="1.0" encoding="UTF-8"?>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:partner.soap.sforce.com">
             <soapenv:Body><urn:login><urn:username>u</urn:username><urn:password>p</urn:password></urn:login></soapenv:Body>
            </soapenv:Envelope>
            """);
        yield return Soap("missing OrganizationId", valid.Replace("<OrganizationId>00D000000000001</OrganizationId>", string.Empty, StringComparison.Ordinal));
        yield return Soap("101 notifications", OutboundMessages.Build(Enumerable.Range(0, 101), batch: 9, "v1"));
        // Salesforce's own messages reach several MB (100 records with long text fields), so only a body past the
        // receiver's 32 MiB limit (OutboundMessageParserOptions.DefaultMaxBodyBytes) is bad input.
        yield return Soap("body over 32 MiB", valid.Replace("<sf:FirstName>First0</sf:FirstName>", $"<sf:FirstName>{new string('x', 33_600_000)}</sf:FirstName>", StringComparison.Ordinal));
    }

    private static BadInputCase Get(string name, string id, Func<GetCampaign, Microsoft.AspNetCore.Http.HttpRequest, Task<Microsoft.AspNetCore.Mvc.IActionResult>> run)
        => new("HTTP", name, h => Call(h, "GET", $"/api/campaigns/{Uri.EscapeDataString(id)}", null, run));

    private static BadInputCase Soap(string name, string body, string mapping = ReliabilityHost.MappingName)
        => new("SOAP", name, h => h.DeliverAsync(body, mapping));

    private static Task<FunctionAnswer> Call<TFunction>(
        ReliabilityHost host,
        string method,
        string path,
        string? body,
        Func<TFunction, Microsoft.AspNetCore.Http.HttpRequest, Task<Microsoft.AspNetCore.Mvc.IActionResult>> run,
        string contentType = "application/json",
        string query = "")
    {
        var request = host.Request(method, path, body, contentType, query);
        return host.CallAsync<TFunction>(request, f => run(f, request));
    }
}
