using System.Text.Json;
using CampaignBridge.Genesys.Serialization;

namespace CampaignBridge.Genesys.Tests.Serialization;

/// <summary>
/// Genesys leaves empty arrays out of its answers (every SDK member is EmitDefaultValue=false). The source-generated JSON
/// sets an init-only property that is absent to null, whatever its initializer says (dotnet/runtime#84484), so each
/// model's collections must read as empty, never null.
/// </summary>
public sealed class OmittedCollectionsTests
{
    private static GenesysJsonContext Json => GenesysJsonContext.Wire;

    [Fact]
    public void A_detail_query_page_without_conversations_has_none()
        => JsonSerializer.Deserialize("""{"totalHits":0}""", Json.ConversationQueryResponse)!.Conversations.ShouldBeEmpty();

    [Fact]
    public void A_conversation_without_participants_sessions_segments_or_metrics_reads_as_empty_lists()
    {
        var page = JsonSerializer.Deserialize("""{"totalHits":1,"conversations":[{"conversationId":"c-1","participants":[{"purpose":"customer","sessions":[{}]}]}]}""", Json.ConversationQueryResponse)!;

        var conversation = page.Conversations.ShouldHaveSingleItem();
        var session = conversation.Participants.ShouldHaveSingleItem().Sessions.ShouldHaveSingleItem();
        session.Segments.ShouldBeEmpty();
        session.Metrics.ShouldBeEmpty();
    }

    [Fact]
    public void Listings_and_contact_lists_without_their_arrays_read_as_empty()
    {
        JsonSerializer.Deserialize("""{"pageCount":0}""", Json.WrapUpCodeListing)!.Entities.ShouldBeEmpty();
        JsonSerializer.Deserialize("""{"pageCount":0}""", Json.CampaignEntityListing)!.Entities.ShouldBeEmpty();
        var list = JsonSerializer.Deserialize("""{"id":"l-1","name":"Empty"}""", Json.ContactList)!;
        list.ColumnNames.ShouldBeEmpty();
        list.PhoneColumns.ShouldBeEmpty();
    }
}
