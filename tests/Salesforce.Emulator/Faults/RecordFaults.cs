using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>The per-record faults in effect, tried in order. Thread-safe.</summary>
internal sealed class RecordFaults
{
    private readonly Lock gate = new();
    private readonly List<(RecordFault Fault, int? Remaining)> faults = [];

    public IReadOnlyList<RecordFault> Snapshot()
    {
        lock (gate)
        {
            return [.. faults.Select(f => f.Fault)];
        }
    }

    public RecordFault Add(RecordFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var validated = fault.Validated();
        lock (gate)
        {
            faults.Add((validated, validated.Count));
        }

        return validated;
    }

    public void Clear()
    {
        lock (gate)
        {
            faults.Clear();
        }
    }

    /// <summary>The error a record fails with, using the fault up once; null when no fault matches.</summary>
    public SaveError? Take(string type, IReadOnlyDictionary<string, JsonNode?> values)
    {
        lock (gate)
        {
            for (var i = 0; i < faults.Count; i++)
            {
                var (fault, remaining) = faults[i];
                if (remaining is <= 0 || !Matches(fault, type, values))
                {
                    continue;
                }

                faults[i] = (fault, remaining - 1);
                return new SaveError(fault.StatusCode, fault.Message ?? StandardMessage(fault.StatusCode, values), fault.Fields);
            }

            return null;
        }
    }

    private static bool Matches(RecordFault fault, string type, IReadOnlyDictionary<string, JsonNode?> values)
    {
        if (fault.SObjectType is not null && !string.Equals(fault.SObjectType, type, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (fault.Value is null)
        {
            return true;
        }

        var actual = values.TryGetValue(fault.Field, out var node) ? NodeValues.Text(node) : null;
        if (actual is null)
        {
            return false;
        }

        return SalesforceIds.TryNormalize(actual, out var actualId) && SalesforceIds.TryNormalize(fault.Value, out var expectedId)
            ? SalesforceIds.Key(actualId) == SalesforceIds.Key(expectedId)
            : string.Equals(actual, fault.Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Messages as Salesforce words them where the reference quotes them (§3.1, §4.3); others name the injected code.</summary>
    private static string StandardMessage(string code, IReadOnlyDictionary<string, JsonNode?> values) => code switch
    {
        RecordFault.UnableToLockRow => "unable to obtain exclusive access to this record or 1 records: "
            + (NodeValues.String(values, "WhoId") ?? NodeValues.String(values, "Id") ?? NodeValues.String(values, "CampaignId") ?? ""),
        RecordFault.DuplicateValue => "duplicate value found: <unknown> duplicates value on record with id: <unknown>",
        RecordFault.FieldCustomValidationException => "A validation rule of the org refused this record (emulated).",
        _ => $"Emulated {code}.",
    };
}
