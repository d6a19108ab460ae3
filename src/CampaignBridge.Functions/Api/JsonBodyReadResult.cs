using System.Diagnostics.CodeAnalysis;
using CampaignBridge.Functions.Errors;

namespace CampaignBridge.Functions.Api;

/// <summary>Either the deserialized body or the problem that explains why it was refused.</summary>
public readonly record struct JsonBodyReadResult<T>(T? Value, ApiProblem? Problem)
    where T : class
{
    /// <summary>True when <see cref="Value"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Value is not null;
}
