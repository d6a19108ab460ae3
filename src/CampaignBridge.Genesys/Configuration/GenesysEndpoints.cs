using System.Diagnostics.CodeAnalysis;

namespace CampaignBridge.Genesys.Configuration;

/// <summary>The resolved login and API base addresses (always ending in <c>/</c>).</summary>
internal sealed record GenesysEndpoints(Uri LoginBaseUri, Uri ApiBaseUri)
{
    public const string RegionSetting = "Genesys:Region";
    public const string ApiBaseUrlSetting = "Genesys:ApiBaseUrl";
    public const string LoginBaseUrlSetting = "Genesys:LoginBaseUrl";

    /// <summary>Resolves the endpoints or throws <see cref="InvalidOperationException"/> with the validation message.</summary>
    public static GenesysEndpoints Resolve(GenesysClientOptions options)
        => TryResolve(options, out var endpoints, out var error) ? endpoints : throw new InvalidOperationException(error);

    /// <summary>
    /// Explicit overrides win; otherwise the region supplies the address; a lone API override without a region
    /// also serves as the login address when it is not an <c>api.</c> host (the emulator and gateways serve both),
    /// and is mapped <c>api.</c> to <c>login.</c> otherwise, as the official SDK does.
    /// </summary>
    public static bool TryResolve(
        GenesysClientOptions options,
        [NotNullWhen(true)] out GenesysEndpoints? endpoints,
        [NotNullWhen(false)] out string? error)
    {
        endpoints = null;
        GenesysRegion? region = null;
        if (!string.IsNullOrWhiteSpace(options.Region))
        {
            if (!GenesysRegion.TryParse(options.Region, out var parsed))
            {
                error = $"{RegionSetting} '{options.Region}' is not a Genesys Cloud region. "
                      + $"Set it to your org's region, as domain or AWS-style name, one of: {GenesysRegion.DescribeAll()}.";
                return false;
            }

            region = parsed;
        }

        if (!TryCheckOverride(options.ApiBaseUrl, ApiBaseUrlSetting, out error)
            || !TryCheckOverride(options.LoginBaseUrl, LoginBaseUrlSetting, out error))
        {
            return false;
        }

        var api = options.ApiBaseUrl ?? region?.ApiBaseUri;
        var login = options.LoginBaseUrl ?? region?.LoginBaseUri ?? DeriveLogin(options.ApiBaseUrl);
        if (api is null || login is null)
        {
            error = $"{RegionSetting} is not set. Set it to your Genesys Cloud org's region, e.g. 'mypurecloud.com' or 'us-east-1' "
                  + $"(valid: {GenesysRegion.DescribeAll()}), or set both {ApiBaseUrlSetting} and {LoginBaseUrlSetting}.";
            return false;
        }

        endpoints = new GenesysEndpoints(WithTrailingSlash(login), WithTrailingSlash(api));
        error = null;
        return true;
    }

    private static bool TryCheckOverride(Uri? value, string setting, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (value is null)
        {
            return true;
        }

        if (!value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttps && value.Scheme != Uri.UriSchemeHttp))
        {
            error = $"{setting} '{value}' is not an absolute http(s) address. Set it to e.g. 'https://api.mypurecloud.com/', or remove it to use {RegionSetting}.";
            return false;
        }

        if (value.Scheme == Uri.UriSchemeHttp && !value.IsLoopback)
        {
            error = $"{setting} '{value}' uses http on the non-loopback host '{value.Host}'. Use https; "
                  + "http is allowed only for loopback hosts (127.0.0.1, ::1, localhost), such as the local Genesys Cloud emulator.";
            return false;
        }

        if (!string.IsNullOrEmpty(value.Query) || !string.IsNullOrEmpty(value.Fragment) || !string.IsNullOrEmpty(value.UserInfo))
        {
            error = $"{setting} '{value.GetLeftPart(UriPartial.Path)}' must not contain user info, a query or a fragment.";
            return false;
        }

        return true;
    }

    private static Uri? DeriveLogin(Uri? api)
    {
        if (api is null)
        {
            return null;
        }

        return api.Host.StartsWith("api.", StringComparison.OrdinalIgnoreCase)
            ? new UriBuilder(api) { Host = "login." + api.Host[4..] }.Uri
            : api;
    }

    private static Uri WithTrailingSlash(Uri uri)
        => uri.AbsolutePath.EndsWith('/') ? uri : new UriBuilder(uri) { Path = uri.AbsolutePath + "/" }.Uri;
}
