using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Testing.KeyVault;

/// <summary>
/// A Key Vault secrets endpoint over HTTPS on 127.0.0.1 (self-signed certificate made in memory), playing the real
/// challenge flow: a request without a bearer token gets 401 + <c>WWW-Authenticate: Bearer authorization=..., resource=...</c>.
/// Error bodies follow Key Vault's shape: 404 <c>SecretNotFound</c>, 403 <c>Forbidden</c> with inner code
/// <c>SecretDisabled</c> (disabled secret) or <c>ForbiddenByRbac</c> (<see cref="DenyAccess"/>). <see cref="Down"/> drops
/// every connection until it is cleared (a brief outage); <see cref="StopAsync"/> closes the port for good. Point a real <see cref="SecretClient"/> at it with
/// <see cref="VaultUri"/>, <see cref="CreateClientOptions"/> and <see cref="Credential"/>.
/// </summary>
public sealed class FakeKeyVault : IAsyncDisposable
{
    /// <summary>Tenant named in the challenge.</summary>
    public const string TenantId = "11111111-2222-4333-8444-555555555555";

    private readonly ConcurrentDictionary<string, (string Value, bool Enabled)> _secrets = new(StringComparer.OrdinalIgnoreCase);
    private readonly X509Certificate2 _certificate;
    private WebApplication? _app;
    private int _secretRequests;
    private int _droppedRequests;

    private FakeKeyVault(X509Certificate2 certificate) => _certificate = certificate;

    /// <summary>https://127.0.0.1:port/.</summary>
    public Uri VaultUri { get; private set; } = null!;

    /// <summary>Answers every token request with a fixed fake token (never a real credential).</summary>
    public TokenCredential Credential { get; } = new FakeTokenCredential();

    /// <summary>When true every secret read answers 403 ForbiddenByRbac (the identity lacks "Key Vault Secrets User").</summary>
    public bool DenyAccess { get; set; }

    /// <summary>When true every request is aborted without an answer, as when the vault is unreachable.</summary>
    public bool Down { get; set; }

    /// <summary>Authorized secret reads served (any status).</summary>
    public int SecretRequestCount => Volatile.Read(ref _secretRequests);

    /// <summary>Requests dropped while <see cref="Down"/> was set.</summary>
    public int DroppedRequestCount => Volatile.Read(ref _droppedRequests);

    /// <summary>Starts the vault on a free loopback port.</summary>
    public static async Task<FakeKeyVault> StartAsync()
    {
        var vault = new FakeKeyVault(CreateCertificate());
        await vault.StartServerAsync().ConfigureAwait(false);
        return vault;
    }

    /// <summary>Creates or replaces a secret (a new "version").</summary>
    public void SetSecret(string name, string value, bool enabled = true) => _secrets[name] = (value, enabled);

    /// <summary>Deletes a secret.</summary>
    public void RemoveSecret(string name) => _secrets.TryRemove(name, out _);

    /// <summary>Client options that trust this vault's certificate only, skip the vault-domain check and never retry.</summary>
    public SecretClientOptions CreateClientOptions()
    {
        var thumbprint = _certificate.Thumbprint;
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
        };
        var options = new SecretClientOptions
        {
            Transport = new HttpClientTransport(new HttpClient(handler)),
            DisableChallengeResourceVerification = true,
        };
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return options;
    }

    /// <summary>Stops listening: later reads fail to connect.</summary>
    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _certificate.Dispose();
    }

    private async Task StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
        var app = builder.Build();
        app.MapGet("/secrets/{name}/{version?}", (HttpContext context, string name) => ServeSecret(context, name));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        VaultUri = new Uri(address.TrimEnd('/') + "/");
        _app = app;
    }

    private IResult ServeSecret(HttpContext context, string name)
    {
        if (Down)
        {
            Interlocked.Increment(ref _droppedRequests);
            context.Abort();
            return Results.Empty;
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.WWWAuthenticate =
                $"Bearer authorization=\"https://login.microsoftonline.com/{TenantId}\", resource=\"https://vault.azure.net\"";
            return Results.Json(new { error = new { code = "Unauthorized", message = "AKV10000: Request is missing a Bearer or PoP token." } }, statusCode: 401);
        }

        Interlocked.Increment(ref _secretRequests);
        if (DenyAccess)
        {
            return Error(403, "Forbidden", "Caller is not authorized to perform action on resource.", "ForbiddenByRbac");
        }

        if (!_secrets.TryGetValue(name, out var secret))
        {
            return Error(404, "SecretNotFound", $"A secret with (name/id) {name} was not found in this key vault.", null);
        }

        if (!secret.Enabled)
        {
            return Error(403, "Forbidden", "Operation get is not allowed on a disabled secret.", "SecretDisabled");
        }

        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return Results.Json(new
        {
            value = secret.Value,
            id = $"{VaultUri}secrets/{name}/0123456789abcdef0123456789abcdef",
            attributes = new { enabled = true, created = now, updated = now, recoveryLevel = "Recoverable+Purgeable" },
        });
    }

    private static IResult Error(int status, string code, string message, string? innerCode)
        => Results.Json(
            innerCode is null
                ? new { error = new { code, message } }
                : (object)new { error = new { code, message, innererror = new { code = innerCode } } },
            statusCode: status);

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private sealed class FakeTokenCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => new("fake-vault-access-token", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
