using System.Collections.Concurrent;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Configuration;

namespace CampaignBridge.Functions.OutboundMessages;

/// <summary>
/// The named record-to-contact mappings, <c>Salesforce:OutboundMessages:&lt;name&gt;:...</c>, one per Outbound
/// Message endpoint (<c>/api/salesforce/outbound/&lt;name&gt;</c>). Mappers are built on first use and kept.
/// </summary>
internal sealed class OutboundMessageMappings(IConfiguration configuration, PhoneNumberNormalizer phoneNumbers)
{
    private const int MaxNameLength = 64;

    private readonly ConcurrentDictionary<string, OutboundMessageMapper> _mappers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Mapping names are letters, digits, '-' and '_' (they are configuration keys and URL segments).</summary>
    public static bool IsValidName(string? name)
        => name is { Length: > 0 and <= MaxNameLength } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>
    /// The mapper for <paramref name="name"/>, or null when no such mapping is configured. Throws
    /// <see cref="InvalidSettingException"/> when the mapping exists but is incomplete.
    /// </summary>
    public OutboundMessageMapper? Find(string name)
    {
        if (!IsValidName(name))
        {
            return null;
        }

        if (_mappers.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var section = configuration.GetSection(OutboundMessageMapping.SectionFor(name));
        if (!section.Exists())
        {
            return null;
        }

        OutboundMessageMapping mapping;
        try
        {
            mapping = section.Get<OutboundMessageMapping>() ?? new OutboundMessageMapping();
        }
        catch (InvalidOperationException unreadable)
        {
            // The binder names the key and the value it could not convert (e.g. a ContactListId that is not a GUID).
            throw new InvalidSettingException(section.Path, $"{section.Path} cannot be read: {unreadable.Message}");
        }

        return _mappers.GetOrAdd(name, new OutboundMessageMapper(name, mapping, phoneNumbers));
    }
}
