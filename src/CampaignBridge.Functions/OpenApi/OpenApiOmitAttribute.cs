namespace CampaignBridge.Functions.OpenApi;

/// <summary>
/// Leaves a property out of the OpenAPI document while the API still accepts it: a shape that Apex and direct callers
/// find convenient but that Salesforce External Services cannot offer to a Flow (a JSON map becomes an Apex
/// <c>Map&lt;String, String&gt;</c>, which Flow cannot fill in). The document then describes only the Flow-usable
/// alternative.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class OpenApiOmitAttribute : Attribute
{
}
