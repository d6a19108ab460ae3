using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>
/// The resolved addresses: the My Domain origin (ending in <c>/</c>), its token endpoint, and the versioned REST path
/// <c>services/data/vNN.N/</c> relative to it.
/// </summary>
internal sealed record SalesforceEndpoints(Uri InstanceUri, Uri TokenUri, string DataPath, string ApiVersion)
{
    public const string InstanceUrlSetting = "Salesforce:InstanceUrl";
    public const string ApiVersionSetting = "Salesforce:ApiVersion";
    private const string TokenPath = "services/oauth2/token";

    /// <summary>Hosts that serve other grants but answer the client credentials grant with "request not supported on this domain".</summary>
    private static readonly string[] GenericLoginHosts = ["login.salesforce.com", "test.salesforce.com"];

    private static readonly decimal MinimumVersion = decimal.Parse(SalesforceClientOptions.MinimumApiVersion, CultureInfo.InvariantCulture);

    /// <summary>Resolves the endpoints or throws <see cref="InvalidOperationException"/> with the validation message.</summary>
    public static SalesforceEndpoints Resolve(SalesforceClientOptions options)
        => TryResolve(options, out var endpoints, out var error) ? endpoints : throw new InvalidOperationException(error);

    public static bool TryResolve(
        SalesforceClientOptions options,
        [NotNullWhen(true)] out SalesforceEndpoints? endpoints,
        [NotNullWhen(false)] out string? error)
    {
        endpoints = null;
        if (!TryCheckInstanceUrl(options.InstanceUrl, out var origin, out error) || !TryParseVersion(options.ApiVersion, out var version, out error))
        {
            return false;
        }

        endpoints = new SalesforceEndpoints(origin, new Uri(origin, TokenPath), $"services/data/v{version}/", version);
        return true;
    }

    /// <summary>Whether <paramref name="instanceUrl"/> (e.g. a token response's <c>instance_url</c>) names the same origin.</summary>
    public bool IsSameOrigin(string? instanceUrl)
        => Uri.TryCreate(instanceUrl, UriKind.Absolute, out var other)
           && Uri.Compare(other, InstanceUri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool TryCheckInstanceUrl(Uri? value, [NotNullWhen(true)] out Uri? origin, [NotNullWhen(false)] out string? error)
    {
        origin = null;
        const string Example = "the org's My Domain URL, e.g. 'https://acme.my.salesforce.com' (Setup > My Domain)";
        if (value is null)
        {
            error = $"{InstanceUrlSetting} is not set. Set it to {Example}.";
            return false;
        }

        if (!value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttps && value.Scheme != Uri.UriSchemeHttp))
        {
            error = $"{InstanceUrlSetting} '{(value.IsAbsoluteUri ? Shown(value) : "(relative)")}' is not an absolute https address. Set it to {Example}.";
            return false;
        }

        if (value.Scheme == Uri.UriSchemeHttp && !value.IsLoopback)
        {
            error = $"{InstanceUrlSetting} '{Shown(value)}' uses http on the non-loopback host '{value.Host}'. Use https; "
                  + "http is allowed only for loopback hosts (127.0.0.1, ::1, localhost), such as the local Salesforce emulator.";
            return false;
        }

        if (!string.IsNullOrEmpty(value.UserInfo) || !string.IsNullOrEmpty(value.Query) || !string.IsNullOrEmpty(value.Fragment) || value.AbsolutePath != "/")
        {
            error = $"{InstanceUrlSetting} '{Shown(value)}…' must be an origin only (scheme and host), without a path, user info, query or fragment.";
            return false;
        }

        if (GenericLoginHosts.Contains(value.Host, StringComparer.OrdinalIgnoreCase))
        {
            error = $"{InstanceUrlSetting} '{value.Host}' is a generic login host; Salesforce refuses the client credentials flow there "
                  + $"(\"request not supported on this domain\"). Set it to {Example}.";
            return false;
        }

        origin = new Uri(value.GetLeftPart(UriPartial.Authority) + "/");
        error = null;
        return true;
    }

    /// <summary>Scheme, host and port only: a URL's user info may be a password and never goes into a message.</summary>
    private static string Shown(Uri value) => value.IsDefaultPort ? $"{value.Scheme}://{value.Host}" : $"{value.Scheme}://{value.Host}:{value.Port}";

    private static bool TryParseVersion(string? value, [NotNullWhen(true)] out string? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        var text = value?.Trim() ?? string.Empty;
        if (text.StartsWith('v') || text.StartsWith('V'))
        {
            text = text[1..];
        }

        var parts = text.Split('.');
        if (parts.Length != 2 || !parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit))
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            error = $"{ApiVersionSetting} '{value}' is not a Salesforce API version. Set it to e.g. '{SalesforceClientOptions.DefaultApiVersion}' (the default).";
            return false;
        }

        if (number < MinimumVersion)
        {
            error = $"{ApiVersionSetting} '{value}' is too old: sObject Collections upsert needs {SalesforceClientOptions.MinimumApiVersion} or later "
                  + $"(default {SalesforceClientOptions.DefaultApiVersion}; versions up to 30.0 are retired and answer 410).";
            return false;
        }

        version = string.Create(CultureInfo.InvariantCulture, $"{int.Parse(parts[0], CultureInfo.InvariantCulture)}.{parts[1]}");
        error = null;
        return true;
    }
}
