using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>
/// sObject Collections (reference §3.1–3.2): <c>POST .../composite/sobjects</c> (create, mixed types),
/// <c>PATCH .../composite/sobjects</c> (update by id, mixed types) and
/// <c>PATCH .../composite/sobjects/{type}/{externalIdField}</c> (upsert, one type). At most 200 records; 200 with one
/// result per record even when records fail; <c>allOrNone:true</c> rolls everything back on any failure.
/// </summary>
internal static class CollectionsEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SalesforceState state)
    {
        var path = RestRoutes.Versioned + "/composite/sobjects";
        app.MapPost(path, (HttpContext c) => Handle(c, state, CollectionOperation.Create, null, null));
        app.MapPatch(path, (HttpContext c) => Handle(c, state, CollectionOperation.Update, null, null));
        app.MapPatch(path + "/{type}/{field}", (HttpContext c, string type, string field) => Handle(c, state, CollectionOperation.Upsert, type, field));
    }

    private static IResult Handle(HttpContext context, SalesforceState state, CollectionOperation operation, string? pathType, string? keyName)
    {
        var request = RestRequest.Get(context);
        var minimum = operation == CollectionOperation.Upsert ? ApiVersion.CollectionsUpsert : ApiVersion.CollectionsCreateUpdate;
        if (request.Version < minimum)
        {
            return RestErrors.ResourceNotFound();
        }

        SObjectSchema? upsertSchema = null;
        FieldSchema? key = null;
        if (operation == CollectionOperation.Upsert)
        {
            upsertSchema = state.Catalog.Find(pathType!);
            key = upsertSchema is null ? null : FieldAccess.Visible(request.User, upsertSchema, keyName!);
            if (upsertSchema is null || key is not { IdLookup: true })
            {
                // UNCONFIRMED for collections: the single-record API's answer to an unknown external id field.
                return upsertSchema is null
                    ? RestErrors.ResourceNotFound()
                    : RestErrors.Result(StatusCodes.Status404NotFound, RestErrors.NotFound, $"Provided external ID field does not exist or is not accessible: {keyName}");
            }
        }

        if (!CollectionBody.TryRead(context, out var allOrNone, out var records, out var error))
        {
            return error!;
        }

        var inputs = new List<InputRecord>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            if (!TryParseRecord(records[i], i, upsertSchema, request.User, state, out var input, out error))
            {
                return error!;
            }

            inputs.Add(input);
        }

        if (key is not null)
        {
            MarkDuplicateKeys(inputs, key, state.Settings.DuplicateExternalIdCode);
        }

        var writer = new RecordWriter(state, request.User);
        List<SaveOutcome> outcomes;
        lock (state.Gate)
        {
            var snapshot = allOrNone ? state.Store.Snapshot() : null;
            outcomes = [.. inputs.Select(input => operation switch
            {
                CollectionOperation.Create => input.Error is { } e ? SaveOutcome.Failed(e) : writer.Insert(input, upsert: false),
                CollectionOperation.Update => Update(input, writer, state),
                _ => Upsert(input, key!, writer, state),
            })];
            if (snapshot is not null && outcomes.Any(o => !o.Success))
            {
                state.Store.Restore(snapshot);
                outcomes = [.. outcomes.Select(o => o.Success ? SaveOutcome.Failed(SaveErrors.RolledBack(), o.Id) : o)];
            }
        }

        return SalesforceResults.Json(SaveResults.Json(outcomes, operation == CollectionOperation.Upsert, state.Settings.FailedResultsIncludeId));
    }

    private static bool TryParseRecord(JsonObject json, int index, SObjectSchema? upsertSchema, UserSeed user, SalesforceState state, out InputRecord input, out IResult? error)
    {
        input = null!;
        var typeName = CollectionBody.TypeOf(json);
        // Request-level answers for a missing/unknown/mismatched attributes.type: codes and texts UNCONFIRMED.
        if (typeName is null)
        {
            error = RestErrors.Result(StatusCodes.Status400BadRequest, RestErrors.InvalidType, $"The record at index {index} has no attributes.type.");
            return false;
        }

        var schema = state.Catalog.Find(typeName);
        if (schema is null)
        {
            error = RestErrors.Result(StatusCodes.Status400BadRequest, RestErrors.InvalidType, $"sObject type '{typeName}' is not supported.");
            return false;
        }

        if (upsertSchema is not null && schema != upsertSchema)
        {
            error = RestErrors.Result(StatusCodes.Status400BadRequest, RestErrors.InvalidType,
                $"The record at index {index} is a {schema.Name}; this upsert takes {upsertSchema.Name} records only.");
            return false;
        }

        return RecordParser.TryParse(json, index, schema, user, state.Settings, out input, out error);
    }

    /// <summary>Two records with the same external id in one request both fail (reference §3.1); a record without one fails too.</summary>
    private static void MarkDuplicateKeys(List<InputRecord> inputs, FieldSchema key, string duplicateCode)
    {
        if (key.Type == FieldType.Id)
        {
            return;
        }

        foreach (var input in inputs.Where(i => i.Error is null && NodeValues.Text(i.Values.GetValueOrDefault(key.Name)) is null))
        {
            input.Error = SaveErrors.ExternalIdMissing(key.Name);
        }

        var comparer = key.CaseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        foreach (var group in inputs.Where(i => i.Error is null).GroupBy(i => NodeValues.Text(i.Values[key.Name])!, comparer).Where(g => g.Count() > 1))
        {
            foreach (var input in group)
            {
                input.Error = SaveErrors.DuplicateExternalId(duplicateCode, key.Name, group.Key);
            }
        }
    }

    private static SaveOutcome Update(InputRecord input, RecordWriter writer, SalesforceState state)
    {
        if (input.Error is { } error)
        {
            return SaveOutcome.Failed(error, input.GivenId);
        }

        var given = input.GivenId;
        if (given is null)
        {
            return SaveOutcome.Failed(SaveErrors.IdNotSpecified());
        }

        if (!SalesforceIds.TryNormalize(given, out var id))
        {
            return SaveOutcome.Failed(SaveErrors.MalformedRecordId(given), given);
        }

        if (!id.StartsWith(input.Schema.KeyPrefix, StringComparison.Ordinal))
        {
            return SaveOutcome.Failed(SaveErrors.MalformedId(input.Schema.Field("Id")!, given), given);
        }

        return state.Store.Find(id) switch
        {
            null => SaveOutcome.Failed(SaveErrors.InvalidCrossReference([]), id),
            { IsDeleted: true } => SaveOutcome.Failed(SaveErrors.EntityDeleted(), id),
            var existing => writer.Update(input, existing, upsert: false),
        };
    }

    private static SaveOutcome Upsert(InputRecord input, FieldSchema key, RecordWriter writer, SalesforceState state)
    {
        if (input.Error is { } error)
        {
            return SaveOutcome.Failed(error);
        }

        var matches = UpsertMatching.Find(input, key, state);
        return matches switch
        {
            UpsertMatch.None => writer.Insert(input, upsert: true),
            UpsertMatch.One one => writer.Update(input, one.Record, upsert: true),
            UpsertMatch.Unknown => SaveOutcome.Failed(SaveErrors.InvalidCrossReference([]), input.GivenId),
            _ => SaveOutcome.Failed(SaveErrors.DuplicateExternalId(state.Settings.DuplicateExternalIdCode, key.Name, NodeValues.Text(input.Values[key.Name]) ?? "")),
        };
    }
}
