using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace Functions.TestHost.Http;

/// <summary>Endpoints published once the worker's functions are loaded; the front end listens before that.</summary>
internal sealed class FunctionEndpointDataSource : EndpointDataSource
{
    private readonly Lock _gate = new();
    private IReadOnlyList<Endpoint> _endpoints = [];
    private CancellationTokenSource _changed = new();

    public override IReadOnlyList<Endpoint> Endpoints => _endpoints;

    public override IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);

    public void Publish(IReadOnlyList<Endpoint> endpoints)
    {
        CancellationTokenSource previous;
        lock (_gate)
        {
            _endpoints = endpoints;
            previous = _changed;
            _changed = new CancellationTokenSource();
        }

        previous.Cancel();
        previous.Dispose();
    }
}
