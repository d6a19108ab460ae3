using System.Text.Json;
using System.Xml.Linq;

namespace CampaignBridge.Infrastructure.Tests.Salesforce;

/// <summary>
/// The SFDX project's metadata: credentials that send x-functions-key without the key in source, a permission set
/// that grants the principal, and Apex class metadata that matches the project's API version.
/// </summary>
public sealed class SalesforceMetadataTests
{
    private static readonly XNamespace Metadata = "http://soap.sforce.com/2006/04/metadata";

    public static TheoryData<string> MetadataFiles() =>
        new(Directory.GetFiles(SalesforcePaths.ProjectRoot, "*.xml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(SalesforcePaths.ProjectRoot, file))
            .Order(StringComparer.Ordinal));

    public static TheoryData<string> ApexClasses() =>
        new(Directory.GetFiles(SalesforcePaths.Metadata("classes"), "*.cls")
            .Select(file => Path.GetFileName(file))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(MetadataFiles))]
    public void The_metadata_file_is_well_formed_salesforce_metadata(string relativePath)
    {
        XDocument document = XDocument.Load(Path.Combine(SalesforcePaths.ProjectRoot, relativePath));

        document.Root.ShouldNotBeNull();
        document.Root.Name.Namespace.ShouldBe(Metadata);
    }

    [Theory]
    [MemberData(nameof(ApexClasses))]
    public void Every_apex_class_has_active_metadata_at_the_project_api_version(string className)
    {
        using JsonDocument project = JsonDocument.Parse(File.ReadAllText(Path.Combine(SalesforcePaths.ProjectRoot, "sfdx-project.json")));
        string apiVersion = project.RootElement.GetProperty("sourceApiVersion").GetString()!;
        XDocument meta = XDocument.Load(SalesforcePaths.Metadata("classes", className + "-meta.xml"));

        meta.Root!.Element(Metadata + "apiVersion")!.Value.ShouldBe(apiVersion);
        meta.Root.Element(Metadata + "status")!.Value.ShouldBe("Active");
    }

    [Fact]
    public void The_external_credential_sends_the_function_key_from_the_principal_parameter()
    {
        XElement credential = XDocument.Load(SalesforcePaths.Metadata("externalCredentials", "CampaignBridge.externalCredential-meta.xml")).Root!;
        XElement[] parameters = credential.Elements(Metadata + "externalCredentialParameters").ToArray();

        credential.Element(Metadata + "authenticationProtocol")!.Value.ShouldBe("Custom");
        XElement header = parameters.Single(p => p.Element(Metadata + "parameterType")!.Value == "AuthHeader");
        header.Element(Metadata + "parameterName")!.Value.ShouldBe("x-functions-key");
        header.Element(Metadata + "parameterValue")!.Value.ShouldBe("{!$Credential.CampaignBridge.FunctionKey}");
        parameters.Count(p => p.Element(Metadata + "parameterType")!.Value == "NamedPrincipal").ShouldBe(1);
        // Only the formula carries a value: the key itself is entered in Setup, never committed.
        parameters.Where(p => p.Element(Metadata + "parameterValue") is not null).ShouldHaveSingleItem();
    }

    [Fact]
    public void The_named_credential_uses_the_external_credential_without_merge_fields()
    {
        XElement credential = XDocument.Load(SalesforcePaths.Metadata("namedCredentials", "CampaignBridge.namedCredential-meta.xml")).Root!;
        XElement[] parameters = credential.Elements(Metadata + "namedCredentialParameters").ToArray();

        credential.Element(Metadata + "namedCredentialType")!.Value.ShouldBe("SecuredEndpoint");
        credential.Element(Metadata + "allowMergeFieldsInHeader")!.Value.ShouldBe("false");
        credential.Element(Metadata + "allowMergeFieldsInBody")!.Value.ShouldBe("false");
        parameters.Single(p => p.Element(Metadata + "parameterType")!.Value == "Authentication")
            .Element(Metadata + "externalCredential")!.Value.ShouldBe("CampaignBridge");
        parameters.Single(p => p.Element(Metadata + "parameterType")!.Value == "Url")
            .Element(Metadata + "parameterValue")!.Value.ShouldStartWith("https://");
    }

    [Fact]
    public void The_permission_set_grants_the_principal_and_the_action_classes()
    {
        XElement credential = XDocument.Load(SalesforcePaths.Metadata("externalCredentials", "CampaignBridge.externalCredential-meta.xml")).Root!;
        string principalGroup = credential.Elements(Metadata + "externalCredentialParameters")
            .Single(p => p.Element(Metadata + "parameterType")!.Value == "NamedPrincipal")
            .Element(Metadata + "parameterGroup")!.Value;
        XElement permissionSet = XDocument.Load(SalesforcePaths.Metadata("permissionsets", "CampaignBridge_User.permissionset-meta.xml")).Root!;

        XElement access = permissionSet.Elements(Metadata + "externalCredentialPrincipalAccesses").Single();
        access.Element(Metadata + "externalCredentialPrincipal")!.Value.ShouldBe("CampaignBridge-" + principalGroup);
        access.Element(Metadata + "enabled")!.Value.ShouldBe("true");
        string[] classes = permissionSet.Elements(Metadata + "classAccesses").Select(c => c.Element(Metadata + "apexClass")!.Value).ToArray();
        classes.ShouldContain("CampaignBridgeStartCampaignAction");
        classes.ShouldContain("CampaignBridgeStopCampaignAction");
        classes.ShouldContain("CampaignBridgeAddMembersAction");
        classes.ShouldContain("CampaignBridgeClient");
        classes.ShouldAllBe(c => File.Exists(SalesforcePaths.Metadata("classes", c + ".cls")));
    }
}
