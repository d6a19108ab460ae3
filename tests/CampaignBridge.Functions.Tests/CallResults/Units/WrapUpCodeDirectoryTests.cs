using CampaignBridge.Functions.CallResults;
using CampaignBridge.Genesys;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Functions.Tests.CallResults.Units;

/// <summary>
/// <see cref="WrapUpCodeDirectory"/>: wrap-up code ids to names (results reference §2.4), cached for an hour and read again
/// for an unknown id at most once a minute; system codes never cause a read. Time is a <see cref="FakeTimeProvider"/>.
/// </summary>
public sealed class WrapUpCodeDirectoryTests
{
    private const string Sale = "f1e2d3c4-b5a6-4978-8a9b-000000000004";
    private const string NotInterested = "f1e2d3c4-b5a6-4978-8a9b-000000000005";
    private const string Deleted = "f1e2d3c4-b5a6-4978-8a9b-0000000000de";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly CountingCodes _genesys = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private WrapUpCodeDirectory Directory() => new(_genesys, _time);

    [Fact]
    public void The_cache_lifetime_and_the_refresh_interval_are_pinned()
    {
        WrapUpCodeDirectory.Lifetime.ShouldBe(TimeSpan.FromHours(1));
        WrapUpCodeDirectory.MinimumRefreshInterval.ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task The_first_agent_code_reads_every_code_and_names_it()
    {
        _genesys.Codes = [new(Sale, "Sale"), new(NotInterested, "Not interested")];

        var names = await Directory().ResolveAsync([Sale], Cancel);

        names(Sale).ShouldBe("Sale");
        names(NotInterested).ShouldBe("Not interested");
        names(Deleted).ShouldBeNull();
        _genesys.Reads.ShouldBe(1);
    }

    [Fact]
    public async Task System_codes_alone_never_read_the_codes()
    {
        var names = await Directory().ResolveAsync(["ININ-OUTBOUND-BUSY", "ININ-WRAP-UP-TIMEOUT"], Cancel);

        names("ININ-OUTBOUND-BUSY").ShouldBeNull();
        _genesys.Reads.ShouldBe(0);
    }

    [Fact]
    public async Task Known_codes_are_served_from_the_cache_until_it_is_an_hour_old()
    {
        _genesys.Codes = [new(Sale, "Sale")];
        var directory = Directory();
        await directory.ResolveAsync([Sale], Cancel);

        _time.Advance(WrapUpCodeDirectory.Lifetime - TimeSpan.FromSeconds(1));
        await directory.ResolveAsync([Sale], Cancel);
        _genesys.Reads.ShouldBe(1);

        _genesys.Codes = [new(Sale, "Sale (renamed)")];
        _time.Advance(TimeSpan.FromSeconds(1));
        (await directory.ResolveAsync([Sale], Cancel))(Sale).ShouldBe("Sale (renamed)");
        _genesys.Reads.ShouldBe(2);
    }

    [Fact]
    public async Task An_unknown_code_reads_the_codes_again_but_not_within_a_minute_of_the_last_read()
    {
        _genesys.Codes = [new(Sale, "Sale")];
        var directory = Directory();
        await directory.ResolveAsync([Sale], Cancel);
        _genesys.Codes = [new(Sale, "Sale"), new(NotInterested, "Not interested")];

        _time.Advance(TimeSpan.FromSeconds(30));
        (await directory.ResolveAsync([NotInterested], Cancel))(NotInterested).ShouldBeNull();
        _genesys.Reads.ShouldBe(1);

        _time.Advance(TimeSpan.FromSeconds(31));
        (await directory.ResolveAsync([NotInterested], Cancel))(NotInterested).ShouldBe("Not interested");
        _genesys.Reads.ShouldBe(2);
    }

    [Fact]
    public async Task A_deleted_code_stays_unknown_and_reads_the_codes_at_most_once_a_minute()
    {
        _genesys.Codes = [new(Sale, "Sale")];
        var directory = Directory();

        for (var tick = 0; tick < 6; tick++)
        {
            (await directory.ResolveAsync([Deleted], Cancel))(Deleted).ShouldBeNull();
            _time.Advance(TimeSpan.FromSeconds(25));
        }

        // Reads at 0 s and 75 s: 25 and 50 s are within a minute of the first, 100 and 125 s within a minute of the second.
        _genesys.Reads.ShouldBe(2);
    }

    [Fact]
    public async Task Codes_without_an_id_are_left_out_and_a_repeated_id_keeps_its_first_name()
    {
        _genesys.Codes = [new("", "Nameless"), new(Sale, "Sale"), new(Sale, "Sale again")];

        var names = await Directory().ResolveAsync([Sale], Cancel);

        names(Sale).ShouldBe("Sale");
        names("").ShouldBeNull();
    }

    [Fact]
    public async Task A_failed_read_reaches_the_caller_and_the_next_tick_tries_again()
    {
        var directory = Directory();
        _genesys.Failure = new InvalidOperationException("Genesys is down");

        await Should.ThrowAsync<InvalidOperationException>(() => directory.ResolveAsync([Sale], Cancel));

        _genesys.Failure = null;
        _genesys.Codes = [new(Sale, "Sale")];
        (await directory.ResolveAsync([Sale], Cancel))(Sale).ShouldBe("Sale");
        _genesys.Reads.ShouldBe(2);
    }

    private sealed class CountingCodes : IGenesysConversationClient
    {
        public IReadOnlyList<WrapUpCode> Codes { get; set; } = [];

        public Exception? Failure { get; set; }

        public int Reads { get; private set; }

        public Task<IReadOnlyList<WrapUpCode>> ListWrapUpCodesAsync(CancellationToken cancellationToken)
        {
            Reads++;
            return Failure is null ? Task.FromResult(Codes) : Task.FromException<IReadOnlyList<WrapUpCode>>(Failure);
        }

        public Task<ConversationQueryResponse> QueryConversationDetailsAsync(ConversationQuery query, CancellationToken cancellationToken) => throw Unexpected();

        public Task StartContactListExportAsync(string contactListId, CancellationToken cancellationToken) => throw Unexpected();

        public Task<ContactListExportUri?> GetContactListExportAsync(string contactListId, CancellationToken cancellationToken) => throw Unexpected();

        public Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> DownloadContactListExportAsync(ContactListExportUri export, CancellationToken cancellationToken)
            => throw Unexpected();

        private static InvalidOperationException Unexpected() => new("The directory reads only the wrap-up codes.");
    }

    [Fact]
    public async Task An_unknown_code_reads_again_exactly_a_refresh_interval_after_the_last_read()
    {
        _genesys.Codes = [new(Sale, "Sale")];
        var directory = Directory();
        await directory.ResolveAsync([Sale], Cancel);
        _genesys.Codes = [new(Sale, "Sale"), new(NotInterested, "Not interested")];

        _time.Advance(WrapUpCodeDirectory.MinimumRefreshInterval);
        var names = await directory.ResolveAsync([NotInterested], Cancel);

        names(NotInterested).ShouldBe("Not interested");
        _genesys.Reads.ShouldBe(2);
    }

    [Fact]
    public async Task A_padded_known_code_is_no_reason_to_read_again()
    {
        _genesys.Codes = [new(Sale, "Sale")];
        var directory = Directory();
        await directory.ResolveAsync([Sale], Cancel);

        _time.Advance(WrapUpCodeDirectory.MinimumRefreshInterval * 2);
        await directory.ResolveAsync([" " + Sale + " "], Cancel);

        _genesys.Reads.ShouldBe(1);
    }
}
