namespace CampaignBridge.Functions.Api;

/// <summary>A query string parameter of an <see cref="ApiOperation"/>.</summary>
/// <param name="Name">Parameter name as sent.</param>
/// <param name="ValueType">CLR type of the value: <see cref="string"/>, <see cref="int"/> or <see cref="bool"/>.</param>
/// <param name="Description">What it does (shown in Salesforce).</param>
public sealed record ApiQueryParameter(string Name, Type ValueType, string Description);
