namespace CampaignBridge.Infrastructure.Tests.Salesforce;

/// <summary>
/// The Apex sources against the CampaignBridge contract (ARCHITECTURE.md): every route through the Named
/// Credential, the success statuses Apex checks, and no key or secret in code. Syntax is checked by
/// tools/apex-check (run by .ci/check-infra, see ApexCheckTests); Apex tests run in a Salesforce org.
/// </summary>
public sealed class ApexSourceTests
{
    private static readonly string Client = File.ReadAllText(SalesforcePaths.Metadata("classes", "CampaignBridgeClient.cls"));

    [Theory]
    [InlineData("'GET', path")]
    [InlineData("'GET', '/api/campaigns/' + segment(campaignId), null")]
    [InlineData("'POST', '/api/campaigns/' + segment(campaignId) + '/start'")]
    [InlineData("'POST', '/api/campaigns/' + segment(campaignId) + '/stop'")]
    [InlineData("'GET', '/api/campaigns/' + segment(campaignId) + '/progress'")]
    [InlineData("'POST', '/api/contactlists/' + segment(contactListId) + '/contacts', body")]
    [InlineData("'POST', '/api/contactlists/' + segment(contactListId) + '/contacts/remove'")]
    [InlineData("'POST', '/api/dnclists/' + segment(dncListId) + '/phonenumbers'")]
    [InlineData("'GET', '/api/operations/' + segment(operationId)")]
    [InlineData("'GET', '/api/diagnostics'")]
    public void The_client_calls_the_route(string call)
    {
        Client.ShouldContain("send(" + call);
    }

    [Fact]
    public void The_client_goes_through_the_named_credential_and_expects_200_or_202()
    {
        Client.ShouldContain("NAMED_CREDENTIAL = 'callout:CampaignBridge'");
        Client.ShouldContain("new Set<Integer>{ 200 }");
        Client.ShouldContain("new Set<Integer>{ 200, 202 }");
    }

    [Fact]
    public void No_apex_source_sets_a_function_key_or_authorization_header()
    {
        foreach (string file in Directory.GetFiles(SalesforcePaths.Metadata("classes"), "*.cls"))
        {
            string source = File.ReadAllText(file);
            source.ShouldNotContain("setHeader('x-functions-key'", Case.Insensitive, file);
            source.ShouldNotContain("setHeader('Authorization'", Case.Insensitive, file);
            source.ShouldNotContain("?code=", Case.Insensitive, file);
        }
    }

    [Fact]
    public void Every_invocable_method_lives_in_its_own_class_and_may_call_out()
    {
        foreach (string file in Directory.GetFiles(SalesforcePaths.Metadata("classes"), "*.cls"))
        {
            string source = File.ReadAllText(file);
            int invocables = source.Split("@InvocableMethod(").Length - 1;
            invocables.ShouldBeLessThanOrEqualTo(1, file);
            if (invocables == 1)
            {
                source.ShouldContain("callout=true", Case.Sensitive, file);
            }
        }
    }

    [Fact]
    public void The_automated_process_script_assigns_the_permission_set_the_project_deploys()
    {
        string script = File.ReadAllText(Path.Combine(SalesforcePaths.ProjectRoot, "scripts", "apex", "assign-automated-process-permission-set.apex"));

        script.ShouldContain("WHERE UserType = 'AutomatedProcess'");
        script.ShouldContain("WHERE Name = 'CampaignBridge_User'");
        script.ShouldContain("insert new PermissionSetAssignment(");
        File.Exists(SalesforcePaths.Metadata("permissionsets", "CampaignBridge_User.permissionset-meta.xml")).ShouldBeTrue();
    }
}
