using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>Genesys <c>DomainEntityRef</c> <c>{id, name, selfUri}</c> as put into answers (name left out when unknown).</summary>
internal static class EntityRef
{
    public static JsonObject Of(string id, string? name, string selfUri)
    {
        var reference = new JsonObject { ["id"] = id };
        if (name is not null)
        {
            reference["name"] = name;
        }

        reference["selfUri"] = selfUri;
        return reference;
    }
}
