using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>
/// <c>GET .../sobjects/{type}/{id}</c> (one record, <c>?fields=</c>) and the single-record upsert
/// <c>PATCH .../sobjects/{type}/{field}/{value}</c> (reference §3.3): 201 created, 200 or 204 updated
/// (<c>settings.singleUpsertUpdateStatus</c>), 300 for several matches, 400 with the error array otherwise.
/// </summary>
internal static class SingleRecordEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SalesforceState state)
    {
        app.MapGet(RestRoutes.Versioned + "/sobjects/{type}/{id}", (HttpContext c, string type, string id) => Get(c, state, type, id));
        app.MapPatch(RestRoutes.Versioned + "/sobjects/{type}/{field}/{value}", (HttpContext c, string type, string field, string value) => Upsert(c, state, type, field, value));
    }

    private static IResult Get(HttpContext context, SalesforceState state, string type, string id)
    {
        var request = RestRequest.Get(context);
        if (state.Catalog.Find(type) is not { } schema)
        {
            return RestErrors.ResourceNotFound();
        }

        var visible = schema.Fields.Where(f => FieldAccess.Of(request.User, schema, f) != FieldAccessLevel.None).ToList();
        if (context.Request.Query["fields"].ToString() is { Length: > 0 } list)
        {
            var asked = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (asked.FirstOrDefault(name => FieldAccess.Visible(request.User, schema, name) is null) is { } unknown)
            {
                return RestErrors.Result(StatusCodes.Status400BadRequest, RestErrors.InvalidField, $"No such column '{unknown}' on sobject of type {schema.Name}");
            }

            visible = [.. asked.Select(name => schema.Field(name)!)];
        }

        lock (state.Gate)
        {
            var record = SalesforceIds.TryNormalize(id, out var full) ? state.Store.Find(full) : null;
            return record switch
            {
                // A value that is not an id is read as an external id by the API, hence this text (UNCONFIRMED here).
                null when full is null => RestErrors.Result(StatusCodes.Status404NotFound, RestErrors.NotFound, $"Provided external ID field does not exist or is not accessible: {id}"),
                null => RestErrors.ResourceNotFound(),
                _ when record.Type != schema.Name => RestErrors.ResourceNotFound(),
                { IsDeleted: true } => RestErrors.Result(StatusCodes.Status404NotFound, "ENTITY_IS_DELETED", "entity is deleted"),
                _ => SalesforceResults.Json(RecordJson.Build(request, record, visible)),
            };
        }
    }

    private static IResult Upsert(HttpContext context, SalesforceState state, string type, string keyName, string value)
    {
        var request = RestRequest.Get(context);
        var schema = state.Catalog.Find(type);
        var key = schema is null ? null : FieldAccess.Visible(request.User, schema, keyName);
        if (schema is null || key is not { IdLookup: true })
        {
            return RestErrors.Result(StatusCodes.Status404NotFound, RestErrors.NotFound, $"Provided external ID field does not exist or is not accessible: {keyName}");
        }

        if (!CollectionBody.TryParseObject(context, out var body, out var error))
        {
            return error!;
        }

        body!.Remove("attributes");
        if (!RecordParser.TryParse(body, 0, schema, request.User, state.Settings, out var input, out error))
        {
            return error!;
        }

        input.Values[key.Name] = key.Type == FieldType.Id ? value : JsonValue.Create(value);
        var updateOnly = string.Equals(context.Request.Query["updateOnly"], "true", StringComparison.OrdinalIgnoreCase);
        var writer = new RecordWriter(state, request.User);
        lock (state.Gate)
        {
            var match = UpsertMatching.Find(input, key, state);
            if (match is UpsertMatch.Many many)
            {
                return SalesforceResults.Json(new JsonArray([.. many.Records.Select(r => (JsonNode?)RestRoutes.SObjectUrl(request, r.Type, r.Id))]), StatusCodes.Status300MultipleChoices);
            }

            if (match is UpsertMatch.Unknown || (match is UpsertMatch.None && updateOnly))
            {
                return RestErrors.ResourceNotFound();
            }

            var outcome = match is UpsertMatch.One one ? writer.Update(input, one.Record, upsert: true) : writer.Insert(input, upsert: true);
            if (!outcome.Success)
            {
                var failure = outcome.Errors[0];
                return RestErrors.Result(StatusCodes.Status400BadRequest, failure.StatusCode, failure.Message, failure.Fields);
            }

            if (outcome.Created == false && state.Settings.SingleUpsertUpdateStatus == StatusCodes.Status204NoContent)
            {
                return Results.NoContent();
            }

            return SalesforceResults.Json(SaveResults.Item(outcome, upsert: true, failedResultsIncludeId: false),
                outcome.Created == true ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        }
    }
}
