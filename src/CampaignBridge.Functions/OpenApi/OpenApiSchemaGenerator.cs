using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using CampaignBridge.Functions.Api;
using Microsoft.OpenApi;

namespace CampaignBridge.Functions.OpenApi;

/// <summary>
/// Builds OpenAPI 3.0 schemas from the CLR types the functions actually serialize, using the API's JSON naming policy,
/// so the document cannot drift from the wire format. Complex types become named component schemas. Nothing is declared
/// nullable (members without a value are left out of the JSON instead), and members marked <see cref="OpenApiOmitAttribute"/>
/// are not described.
/// </summary>
internal sealed class OpenApiSchemaGenerator(OpenApiDocument document)
{
    private readonly OpenApiDocument _document = document;

    public IOpenApiSchema SchemaFor(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return new OpenApiSchema { Type = JsonSchemaType.String };
        }

        if (type == typeof(int))
        {
            return new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" };
        }

        if (type == typeof(long))
        {
            // External Services types an integer without format as a 32-bit Apex Integer; counters that can pass 2^31
            // (contacts in a list, campaigns in total) are Longs (salesforce-callers.md §9.2).
            return new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" };
        }

        if (type == typeof(double))
        {
            return new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" };
        }

        if (type == typeof(bool))
        {
            return new OpenApiSchema { Type = JsonSchemaType.Boolean };
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" };
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            return new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = SchemaFor(valueType) };
        }

        if (ElementType(type) is { } elementType)
        {
            return new OpenApiSchema { Type = JsonSchemaType.Array, Items = SchemaFor(elementType) };
        }

        return ReferenceTo(type);
    }

    private OpenApiSchemaReference ReferenceTo(Type type)
    {
        var name = type.Name;
        _document.Components ??= new OpenApiComponents();
        _document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        if (!_document.Components.Schemas.ContainsKey(name))
        {
            var schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal),
                Required = new HashSet<string>(StringComparer.Ordinal),
            };

            // Register before recursing so that self-referencing types terminate.
            _document.Components.Schemas[name] = schema;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetMethod is null
                    || property.GetCustomAttribute<JsonIgnoreAttribute>() is not null
                    || property.GetCustomAttribute<OpenApiOmitAttribute>() is not null)
                {
                    continue;
                }

                var jsonName = ApiJson.Options.PropertyNamingPolicy!.ConvertName(property.Name);
                schema.Properties[jsonName] = SchemaFor(property.PropertyType);
                if (property.GetCustomAttribute<RequiredMemberAttribute>() is not null || property.GetCustomAttribute<RequiredAttribute>() is not null)
                {
                    schema.Required.Add(jsonName);
                }
            }
        }

        return new OpenApiSchemaReference(name, _document);
    }

    private static Type? DictionaryValueType(Type type)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
            ? type
            : null;
        return dictionary?.GetGenericArguments() is [var key, var value] && key == typeof(string) ? value : null;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(IEnumerable<>))
            ? type.GetGenericArguments()[0]
            : null;
    }
}
