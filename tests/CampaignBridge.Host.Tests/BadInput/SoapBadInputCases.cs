using System.Text;
using CampaignBridge.Host.Tests.Support;

namespace CampaignBridge.Host.Tests.BadInput;

/// <summary>
/// Bad deliveries to the Outbound Message receiver (not in the OpenAPI document: Salesforce posts SOAP), generated
/// from one valid envelope: other content types, every second truncation of it, hostile and wrong structures, mapping
/// names that do not exist, and bodies that break off. Each must be a SOAP fault naming a
/// <c>salesforce.outbound.*</c> code, never an ACK, with nothing queued.
/// </summary>
public static class SoapBadInputCases
{
    public const string Operation = "ReceiveOutboundMessage";

    private const string Path = "api/salesforce/outbound/" + OutboundMessageEnvelope.Mapping;

    public static IEnumerable<BadRequestCase> All()
    {
        var valid = OutboundMessageEnvelope.Build(batch: 9_000);
        var bytes = Encoding.UTF8.GetBytes(valid);
        foreach (var contentType in new[] { null, "application/json", "text/plain", "text/html", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "text/xmlx", "xml", "application/soap+json" })
        {
            yield return Case(BadInputKind.ContentType, $"Content-Type {contentType ?? "(none)"}", bytes, 415, contentType: contentType);
        }

        for (var length = 0; length < bytes.Length; length += 2)
        {
            yield return Case(BadInputKind.MalformedBody, $"the envelope cut after {length} bytes", bytes[..length], 400);
        }

        var org = $"<OrganizationId>{OutboundMessageEnvelope.OrganizationId}</OrganizationId>";
        var structures = new (string Description, string Xml)[]
        {
            ("two OrganizationId elements", valid.Replace(org, "<OrganizationId>00D000000000002</OrganizationId>" + org, StringComparison.Ordinal)),
            ("no OrganizationId", valid.Replace(org, string.Empty, StringComparison.Ordinal)),
            ("an OrganizationId of another org", OutboundMessageEnvelope.Build(batch: 9_001, organizationId: "00D000000000002")),
            ("an OrganizationId that is not an org id", OutboundMessageEnvelope.Build(batch: 9_002, organizationId: "001000000000001")),
            ("a 14-character OrganizationId", OutboundMessageEnvelope.Build(batch: 9_003, organizationId: "00D00000000000")),
            ("an internal DTD subset", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ELEMENT x ANY>]>" + valid[(valid.IndexOf("?>", StringComparison.Ordinal) + 2)..]),
            ("an external entity (XXE) to a file", XxeOrganization("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">", "&xxe;")),
            ("an external entity (XXE) over HTTP", XxeOrganization("<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/x\">", "&xxe;")),
            ("a parameter entity", XxeOrganization("<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;", "x")),
            ("entity expansion (billion laughs)", XxeOrganization("<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">", "&c;")),
            ("a SOAP login request", "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><login xmlns=\"urn:partner.soap.sforce.com\"><username>u</username></login></soapenv:Body></soapenv:Envelope>"),
            ("notifications in another namespace", valid.Replace("http://soap.sforce.com/2005/09/outbound", "urn:not-salesforce", StringComparison.Ordinal)),
            ("a root that is not a SOAP envelope", valid.Replace("soapenv:Envelope", "soapenv:Letter", StringComparison.Ordinal)),
            ("a Body nested 10,000 elements deep", "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>" + string.Concat(Enumerable.Repeat("<a>", 10_000)) + string.Concat(Enumerable.Repeat("</a>", 10_000)) + "</soapenv:Body></soapenv:Envelope>"),
            ("a Notification without an Id", valid.Replace("<Id>04l5g0000900000AAA</Id>", string.Empty, StringComparison.Ordinal)),
            ("a Notification Id with a path", valid.Replace("<Id>04l5g0000900000AAA</Id>", "<Id>04l/../x</Id>", StringComparison.Ordinal)),
            ("an sObject field given twice", valid.Replace("<sf:LastName>Lovelace</sf:LastName>", "<sf:LastName>Lovelace</sf:LastName><sf:LastName>Byron</sf:LastName>", StringComparison.Ordinal)),
            ("JSON instead of XML", "{\"notifications\":[]}"),
        };
        foreach (var (description, xml) in structures)
        {
            yield return Case(BadInputKind.SoapEnvelope, description, Encoding.UTF8.GetBytes(xml), 400);
        }

        foreach (var mapping in new[] { "no-such-mapping", "leads2", "..%2Fleads", new string('m', 300), "le%20ads", "leads%3Bdrop", "%C3%A9", "leads.json" })
        {
            yield return Case(BadInputKind.PathParameter, $"mapping {(mapping.Length > 40 ? $"({mapping.Length} characters)" : mapping)}", bytes, 400, path: "api/salesforce/outbound/" + mapping);
        }

        foreach (var broken in Enum.GetValues<BrokenBody>())
        {
            yield return Case(BadInputKind.BrokenBody, broken.ToString(), bytes, 400) with { Statuses = [400, 0], Broken = broken };
        }
    }

    private static BadRequestCase Case(BadInputKind kind, string description, byte[] body, int status, string path = Path, string? contentType = OutboundMessageEnvelope.ContentType)
        => new(Operation, kind, description, "POST", path, contentType, body, [status], null, IsSoap: true);

    private static string XxeOrganization(string declarations, string organization)
        => $"<?xml version=\"1.0\"?><!DOCTYPE e [{declarations}]>"
           + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\">"
           + $"<OrganizationId>{organization}</OrganizationId></notifications></soapenv:Body></soapenv:Envelope>";
}
