using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>
/// <c>GET .../sobjects</c> (describe global) and <c>GET .../sobjects/{type}/describe</c>, seen through the running
/// user's field-level security: fields without access are absent, read-only ones are neither createable nor updateable.
/// Diagnostics use this to check "access to the objects and fields written".
/// </summary>
internal static class DescribeEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SalesforceState state)
    {
        app.MapGet(RestRoutes.Versioned + "/sobjects", (HttpContext context) => Global(RestRequest.Get(context), state));
        app.MapGet(RestRoutes.Versioned + "/sobjects/{type}/describe", (HttpContext context, string type) =>
            state.Catalog.Find(type) is { } schema ? SalesforceResults.Json(Describe(RestRequest.Get(context), schema)) : RestErrors.ResourceNotFound());
    }

    private static IResult Global(RestRequest request, SalesforceState state) => SalesforceResults.Json(new JsonObject
    {
        ["encoding"] = "UTF-8",
        ["maxBatchSize"] = SalesforceSettings.MaxCollectionRecords,
        ["sobjects"] = new JsonArray([.. state.Catalog.All.Select(s => (JsonNode)Header(request, s))]),
    });

    private static JsonObject Header(RestRequest request, SObjectSchema schema)
    {
        var writable = schema.Name != StandardObjects.User;
        var url = $"{RestRoutes.Base(request)}/sobjects/{schema.Name}";
        return new JsonObject
        {
            ["name"] = schema.Name,
            ["label"] = schema.Name,
            ["labelPlural"] = schema.LabelPlural,
            ["keyPrefix"] = schema.KeyPrefix,
            ["custom"] = false,
            ["createable"] = writable,
            ["updateable"] = writable,
            ["deletable"] = writable,
            ["queryable"] = true,
            ["urls"] = new JsonObject
            {
                ["sobject"] = url,
                ["describe"] = url + "/describe",
                ["rowTemplate"] = url + "/{ID}",
            },
        };
    }

    private static JsonObject Describe(RestRequest request, SObjectSchema schema)
    {
        var describe = Header(request, schema);
        describe["fields"] = new JsonArray([.. schema.Fields
            .Select(f => (Field: f, Access: FieldAccess.Of(request.User, schema, f)))
            .Where(f => f.Access != FieldAccessLevel.None)
            .Select(f => (JsonNode)Field(f.Field, f.Access == FieldAccessLevel.Edit))]);
        return describe;
    }

    private static JsonObject Field(FieldSchema field, bool editable) => new()
    {
        ["name"] = field.Name,
        ["label"] = field.Label,
        ["type"] = FieldTypes.DescribeName(field.Type),
        ["soapType"] = FieldTypes.SoapType(field.Type),
        ["length"] = field.Length,
        ["createable"] = field.Createable && editable,
        ["updateable"] = field.Updateable && editable,
        ["nillable"] = field.Nillable,
        ["defaultedOnCreate"] = field.DefaultedOnCreate,
        ["externalId"] = field.ExternalId,
        ["unique"] = field.Unique,
        ["caseSensitive"] = field.CaseSensitive,
        ["idLookup"] = field.IdLookup,
        ["custom"] = field.Custom,
        ["filterable"] = true,
        ["referenceTo"] = new JsonArray([.. field.ReferenceTo.Select(r => (JsonNode?)r)]),
        ["picklistValues"] = new JsonArray([.. field.PicklistValues.Select(v => (JsonNode)new JsonObject
        {
            ["active"] = true,
            ["defaultValue"] = v == field.DefaultPicklistValue,
            ["label"] = v,
            ["value"] = v,
        })]),
    };
}
