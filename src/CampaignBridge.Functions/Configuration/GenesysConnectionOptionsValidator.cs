using System.Net;
using CampaignBridge.Genesys;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Configuration;

/// <summary>Checks the <c>Genesys</c> section at startup; each message names the setting and the fix.</summary>
internal sealed class GenesysConnectionOptionsValidator : IValidateOptions<GenesysConnectionOptions>
{
    public ValidateOptionsResult Validate(string? name, GenesysConnectionOptions options)
    {
        var failures = new List<string>();

        if (!options.HasBaseUrlOverrides)
        {
            if (string.IsNullOrWhiteSpace(options.Region))
            {
                failures.Add(
                    "Genesys:Region (app setting Genesys__Region) is not set. Set it to your Genesys Cloud region, one of: "
                    + GenesysRegion.DescribeAll() + ". (Alternatively set both Genesys:ApiBaseUrl and Genesys:LoginBaseUrl.)");
            }
            else if (!GenesysRegion.TryParse(options.Region, out _))
            {
                failures.Add(
                    $"Genesys:Region '{options.Region}' is not a Genesys Cloud region. Use one of: {GenesysRegion.DescribeAll()}. "
                    + "The region is the domain you log in at (login.<domain>), e.g. mypurecloud.ie for eu-west-1.");
            }
        }

        if (!string.IsNullOrWhiteSpace(options.NewContactsWithDoNotQueue) && !Enum.TryParse<NewContactQueueing>(options.NewContactsWithDoNotQueue, ignoreCase: true, out _))
        {
            failures.Add(
                $"Genesys:NewContactsWithDoNotQueue '{options.NewContactsWithDoNotQueue}' is not known. Use Queued (the default, as Genesys documents today) "
                + "or HeldUntilRecycle (if new contacts written by CampaignBridge are not dialed until the campaign recycles).");
        }

        CheckBaseUrl(options.ApiBaseUrl, "Genesys:ApiBaseUrl", failures);
        CheckBaseUrl(options.LoginBaseUrl, "Genesys:LoginBaseUrl", failures);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckBaseUrl(string? value, string setting, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{setting} '{value}' is not an absolute http(s) URL. Use e.g. https://api.mypurecloud.com/ or remove it to use Genesys:Region.");
            return;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            failures.Add(
                $"{setting} '{value}' uses http:// on a non-loopback host. Credentials and tokens would travel unencrypted: "
                + "use https://, or http:// only for 127.0.0.1/localhost (the local emulator).");
        }
    }

    internal static bool IsLoopback(Uri uri)
        => uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
