using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CampaignBridge.Functions.Hosting;

/// <summary>A Data Protection key store that lives and dies with the process (see <see cref="DataProtectionServiceCollectionExtensions"/>).</summary>
internal sealed class InMemoryXmlRepository : IXmlRepository
{
    private readonly Lock _gate = new();
    private readonly List<XElement> _elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_gate)
        {
            return _elements.Select(e => new XElement(e)).ToList();
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        lock (_gate)
        {
            _elements.Add(new XElement(element));
        }
    }
}
