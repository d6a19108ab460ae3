namespace GenesysCloud.Emulator;

/// <summary>The contact-list export (seed <c>settings.contactExport</c>; genesys-call-results.md §3.3). The download URI's auth and lifetime are UNCONFIRMED.</summary>
public sealed class ContactExportSettings
{
    /// <summary>Seconds (TimeProvider) from <c>POST .../export</c> until <c>GET .../export</c> has a URI.</summary>
    public int ReadySeconds { get; set; } = 5;

    /// <summary>Seconds the download URI works after it is ready.</summary>
    public int UriLifetimeSeconds { get; set; } = 3600;

    /// <summary>False (default): the URI works without a token, like a pre-signed URL. True: it needs the bearer token.</summary>
    public bool DownloadRequiresBearer { get; set; }
}
