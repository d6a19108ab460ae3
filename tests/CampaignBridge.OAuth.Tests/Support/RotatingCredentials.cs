namespace CampaignBridge.OAuth.Tests.Support;

/// <summary>A credential store whose <see cref="GetAsync"/> serves a cached copy and <see cref="RefreshAsync"/> what the store holds now.</summary>
internal sealed class RotatingCredentials(ClientCredentials initial) : IClientCredentialSource
{
    private ClientCredentials _cached = initial;

    public ClientCredentials Stored { get; set; } = initial;

    public int Refreshes { get; private set; }

    public ValueTask<ClientCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_cached);

    public ValueTask<ClientCredentials> RefreshAsync(CancellationToken cancellationToken)
    {
        Refreshes++;
        _cached = Stored;
        return ValueTask.FromResult(_cached);
    }
}
