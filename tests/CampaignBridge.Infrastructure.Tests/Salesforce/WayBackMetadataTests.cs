using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using CampaignBridge.Infrastructure.Tests.Support;

namespace CampaignBridge.Infrastructure.Tests.Salesforce;

/// <summary>
/// The SFDX metadata of the way back (src/salesforce/way-back): the Activity field Tasks are upserted by, and the
/// permission set of the External Client App's Run As user, checked against the fields the app writes (its source).
/// </summary>
public sealed class WayBackMetadataTests
{
    private static readonly XNamespace Metadata = "http://soap.sforce.com/2006/04/metadata";

    // Fields the app writes that have no field-level security to grant (reference salesforce-rest-api.md §6.1): required
    // picklists, the create-only subtype, and the call fields ("Not subject to field-level security"). Subject is taken
    // to be like them (UNCONFIRMED, see the permission set's comment).
    private static readonly string[] TaskFieldsWithoutFieldSecurity =
    [
        "Status", "Priority", "Subject", "TaskSubtype", "CallType", "CallDisposition", "CallDurationInSeconds", "CallObject",
    ];

    private static readonly string[] CampaignMemberFieldsWithoutFieldSecurity = ["Status"];

    private static XElement PermissionSet =>
        XDocument.Load(SalesforcePaths.WayBackMetadata("permissionsets", "CampaignBridge_Integration.permissionset-meta.xml")).Root!;

    [Fact]
    public void The_way_back_is_its_own_package_directory_next_to_the_default_one()
    {
        using JsonDocument project = JsonDocument.Parse(File.ReadAllText(Path.Combine(SalesforcePaths.ProjectRoot, "sfdx-project.json")));
        JsonElement[] directories = [.. project.RootElement.GetProperty("packageDirectories").EnumerateArray()];

        directories.Select(d => d.GetProperty("path").GetString()).ShouldBe(["force-app", "way-back"]);
        directories.Single(d => d.GetProperty("default").GetBoolean()).GetProperty("path").GetString().ShouldBe("force-app");
        directories.ShouldAllBe(d => Directory.Exists(Path.Combine(SalesforcePaths.ProjectRoot, d.GetProperty("path").GetString()!)));
    }

    [Fact]
    public void The_project_api_version_knows_the_external_client_app_run_as_user()
    {
        // ExtlClntAppOauthConfigurablePolicies.clientCredentialsFlowUser exists from API 60.0 on (a retrieve of the app needs it).
        using JsonDocument project = JsonDocument.Parse(File.ReadAllText(Path.Combine(SalesforcePaths.ProjectRoot, "sfdx-project.json")));

        decimal.Parse(project.RootElement.GetProperty("sourceApiVersion").GetString()!, CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(60.0m);
    }

    [Fact]
    public void The_conversation_id_field_is_the_unique_external_id_the_app_upserts_by()
    {
        string fieldName = CSharpSource.Read("src", "CampaignBridge.Functions", "CallResults", "CallResultTask.cs").StringConstants()["ConversationIdField"];
        string path = SalesforcePaths.WayBackMetadata("objects", "Activity", "fields", fieldName + ".field-meta.xml");

        File.Exists(path).ShouldBeTrue(path);
        XElement field = XDocument.Load(path).Root!;
        field.Name.ShouldBe(Metadata + "CustomField");
        Value(field, "fullName").ShouldBe(fieldName);
        Value(field, "type").ShouldBe("Text");
        int.Parse(Value(field, "length"), CultureInfo.InvariantCulture).ShouldBe(64);
        Value(field, "externalId").ShouldBe("true");
        Value(field, "unique").ShouldBe("true");
        Value(field, "caseSensitive").ShouldBe("false");
        Value(field, "required").ShouldBe("false");
    }

    [Fact]
    public void The_run_as_user_gets_api_only_access_and_task_editing_and_nothing_else()
    {
        XElement[] permissions = [.. PermissionSet.Elements(Metadata + "userPermissions")];

        permissions.Select(p => Value(p, "name")).ShouldBe(["ApiEnabled", "ApiUserOnly", "EditTask"], ignoreOrder: true);
        permissions.ShouldAllBe(p => Value(p, "enabled") == "true");
    }

    [Fact]
    public void The_run_as_user_reads_and_edits_leads_contacts_and_campaigns_and_only_reads_accounts()
    {
        Dictionary<string, XElement> objects = PermissionSet.Elements(Metadata + "objectPermissions").ToDictionary(o => Value(o, "object"));

        objects.Keys.ShouldBe(["Account", "Campaign", "Contact", "Lead"], ignoreOrder: true);
        foreach (string editable in new[] { "Lead", "Contact", "Campaign" })
        {
            Value(objects[editable], "allowRead").ShouldBe("true", editable);
            Value(objects[editable], "allowEdit").ShouldBe("true", editable);
        }

        // Read on Contact depends on Read on Account; nothing else is needed there.
        Value(objects["Account"], "allowRead").ShouldBe("true");
        Value(objects["Account"], "allowEdit").ShouldBe("false");
        foreach (XElement permission in objects.Values)
        {
            foreach (string wider in new[] { "allowCreate", "allowDelete", "modifyAllRecords", "viewAllRecords" })
            {
                Value(permission, wider).ShouldBe("false", $"{Value(permission, "object")}.{wider}");
            }
        }
    }

    [Fact]
    public void Every_task_field_the_app_writes_under_field_security_is_editable_with_the_task_prefix()
    {
        IReadOnlyList<string> written = CSharpSource.Read("src", "CampaignBridge.Functions", "CallResults", "CallResultTask.cs").StringList("FieldsWritten");
        string[] granted = [.. EditableFields().Where(f => f.StartsWith("Task.", StringComparison.Ordinal)).Select(f => f["Task.".Length..])];

        written.ShouldContain("Genesys_Conversation_Id__c");
        written.Except(TaskFieldsWithoutFieldSecurity).ShouldBe(granted, ignoreOrder: true);
        TaskFieldsWithoutFieldSecurity.ShouldBeSubsetOf(written);
        FieldPermissions().ShouldNotContain(f => f.StartsWith("Activity.", StringComparison.Ordinal), "activity fields are granted as Task.<field>");
    }

    [Fact]
    public void Do_not_call_is_editable_on_leads_and_contacts_and_member_statuses_need_no_field_grant()
    {
        string target = RepositoryLayout.ReadAllText("src", "CampaignBridge.Functions", "CallResults", "CallResultDeliveryTarget.cs");
        IReadOnlyList<string> memberFields = CSharpSource.Read("src", "CampaignBridge.Functions", "CallResults", "CampaignMemberStatusWriter.cs").StringList("FieldsWritten");

        target.ShouldContain("[\"DoNotCall\"] = true");
        EditableFields().ShouldContain("Lead.DoNotCall");
        EditableFields().ShouldContain("Contact.DoNotCall");
        memberFields.Except(CampaignMemberFieldsWithoutFieldSecurity)
            .ShouldAllBe(field => EditableFields().Contains("CampaignMember." + field));
    }

    [Fact]
    public void Every_field_permission_is_readable_and_names_a_field_of_an_object_the_app_writes()
    {
        XElement[] permissions = [.. PermissionSet.Elements(Metadata + "fieldPermissions")];

        permissions.ShouldNotBeEmpty();
        permissions.ShouldAllBe(p => Value(p, "readable") == "true" && Value(p, "editable") == "true");
        permissions.Select(p => Value(p, "field").Split('.')[0]).Distinct().ShouldBe(["Contact", "Lead", "Task"], ignoreOrder: true);
        permissions.Select(p => Value(p, "field")).Where(f => f.EndsWith("__c", StringComparison.Ordinal))
            .ShouldAllBe(f => File.Exists(SalesforcePaths.WayBackMetadata("objects", "Activity", "fields", f.Split('.')[1] + ".field-meta.xml")));
    }

    [Fact]
    public void The_run_as_permission_set_is_separate_from_the_one_for_callers()
    {
        XElement callers = XDocument.Load(SalesforcePaths.Metadata("permissionsets", "CampaignBridge_User.permissionset-meta.xml")).Root!;

        PermissionSet.Elements(Metadata + "externalCredentialPrincipalAccesses").ShouldBeEmpty();
        PermissionSet.Elements(Metadata + "classAccesses").ShouldBeEmpty();
        Value(PermissionSet, "label").ShouldNotBe(Value(callers, "label"));
        // API Only on the callers' set would lock every person who calls CampaignBridge out of the Salesforce UI.
        callers.Elements(Metadata + "userPermissions").ShouldNotContain(p => Value(p, "name") == "ApiUserOnly");
    }

    [Fact]
    public void No_file_of_the_project_holds_oauth_consumer_credentials()
    {
        // The External Client App is created in Setup (docs/deploy.md); its global OAuth settings hold the consumer key
        // and secret and "must not be added to source control" (Metadata API guide).
        string[] files = Directory.GetFiles(SalesforcePaths.ProjectRoot, "*", SearchOption.AllDirectories);

        files.ShouldNotContain(f => f.EndsWith(".ecaGlblOauth-meta.xml", StringComparison.Ordinal) || f.EndsWith(".connectedApp-meta.xml", StringComparison.Ordinal));
        foreach (string file in files.Where(f => f.EndsWith(".xml", StringComparison.Ordinal)))
        {
            XDocument.Load(file).Descendants()
                .ShouldNotContain(e => e.Name.LocalName == "consumerSecret" || e.Name.LocalName == "consumerKey", file);
        }
    }

    private static string[] FieldPermissions() =>
        [.. PermissionSet.Elements(Metadata + "fieldPermissions").Select(p => Value(p, "field"))];

    private static string[] EditableFields() =>
        [.. PermissionSet.Elements(Metadata + "fieldPermissions").Where(p => Value(p, "editable") == "true").Select(p => Value(p, "field"))];

    private static string Value(XElement element, string child) =>
        element.Element(Metadata + child)?.Value ?? throw new InvalidOperationException($"<{element.Name.LocalName}> has no <{child}>.");
}
