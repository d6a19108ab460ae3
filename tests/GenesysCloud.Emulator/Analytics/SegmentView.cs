using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>One segment with the session and participant it belongs to (null segment: a session without segments).</summary>
internal sealed record SegmentView(JsonObject Participant, JsonObject Session, JsonObject? Segment);
