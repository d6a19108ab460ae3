using System.Diagnostics.CodeAnalysis;

namespace CampaignBridge.Genesys;

/// <summary>
/// A Genesys Cloud production region: its AWS-style name (<c>us-east-1</c>) and its domain
/// (<c>mypurecloud.com</c>). The login host is <c>login.&lt;domain&gt;</c>, the API host <c>api.&lt;domain&gt;</c>.
/// </summary>
/// <remarks>The table mirrors the official SDK's <c>PureCloudRegionHosts</c> and the Terraform provider's region map.</remarks>
public readonly record struct GenesysRegion
{
    private GenesysRegion(string name, string domain)
    {
        Name = name;
        Domain = domain;
        LoginBaseUri = new Uri($"https://login.{domain}/");
        ApiBaseUri = new Uri($"https://api.{domain}/");
    }

    /// <summary>The AWS-style region name, e.g. <c>us-east-1</c>.</summary>
    public string Name { get; }

    /// <summary>The region's domain, e.g. <c>mypurecloud.com</c>.</summary>
    public string Domain { get; }

    /// <summary>The OAuth login base address, e.g. <c>https://login.mypurecloud.com/</c>.</summary>
    public Uri LoginBaseUri { get; }

    /// <summary>The Platform API base address, e.g. <c>https://api.mypurecloud.com/</c>.</summary>
    public Uri ApiBaseUri { get; }

    /// <summary>All 18 production regions, in the order of the official SDK.</summary>
    public static IReadOnlyList<GenesysRegion> All { get; } =
    [
        new("us-east-1", "mypurecloud.com"),
        new("us-east-2", "use2.us-gov-pure.cloud"),
        new("us-west-2", "usw2.pure.cloud"),
        new("ca-central-1", "cac1.pure.cloud"),
        new("sa-east-1", "sae1.pure.cloud"),
        new("mx-central-1", "mxc1.pure.cloud"),
        new("eu-west-1", "mypurecloud.ie"),
        new("eu-west-2", "euw2.pure.cloud"),
        new("eu-central-1", "mypurecloud.de"),
        new("eu-central-2", "euc2.pure.cloud"),
        new("eusc-de-east-1", "edee1.eusc-pure.cloud"),
        new("me-central-1", "mec1.pure.cloud"),
        new("ap-south-1", "aps1.pure.cloud"),
        new("ap-northeast-1", "mypurecloud.jp"),
        new("ap-northeast-2", "apne2.pure.cloud"),
        new("ap-northeast-3", "apne3.pure.cloud"),
        new("ap-southeast-1", "apse1.pure.cloud"),
        new("ap-southeast-2", "mypurecloud.com.au"),
    ];

    /// <summary>
    /// Finds a region by its AWS-style name or its domain, case-insensitively, ignoring surrounding white space.
    /// </summary>
    /// <param name="value">e.g. <c>eu-west-1</c> or <c>mypurecloud.ie</c>.</param>
    /// <param name="region">The region found, or <see langword="default"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> names one of <see cref="All"/>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out GenesysRegion region)
    {
        var trimmed = value?.Trim();
        if (!string.IsNullOrEmpty(trimmed))
        {
            foreach (var candidate in All)
            {
                if (string.Equals(candidate.Name, trimmed, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(candidate.Domain, trimmed, StringComparison.OrdinalIgnoreCase))
                {
                    region = candidate;
                    return true;
                }
            }
        }

        region = default;
        return false;
    }

    /// <summary>Finds a region by its AWS-style name or its domain (see <see cref="TryParse"/>).</summary>
    /// <exception cref="ArgumentException">The value names no known region; the message lists the valid ones.</exception>
    public static GenesysRegion Parse(string value)
        => TryParse(value, out var region)
            ? region
            : throw new ArgumentException(
                $"'{value}' is not a Genesys Cloud region. Use one of: {DescribeAll()}.", nameof(value));

    /// <summary>Lists every region as <c>name (domain)</c>, for error messages.</summary>
    public static string DescribeAll() => string.Join(", ", All.Select(r => $"{r.Name} ({r.Domain})"));

    /// <summary>Returns the AWS-style name.</summary>
    public override string ToString() => Name ?? string.Empty;
}
