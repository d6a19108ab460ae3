using System.Text.Json;
using CampaignBridge.Functions.CallResults;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.Tests.Outbox;

public sealed class TimerScheduleMetadataTests
{
    public static TheoryData<string, string, string> Timers => new()
    {
        { nameof(FlushContactOutbox), "%ContactSync:Schedule%", "CampaignBridge.Functions.ContactSync.FlushContactOutbox.RunAsync" },
        { nameof(ProbeGenesysConnection), "%Diagnostics:Schedule%", "CampaignBridge.Functions.Outbox.ProbeGenesysConnection.RunAsync" },
        { nameof(SyncCallResults), "%CallResults:Schedule%", "CampaignBridge.Functions.CallResults.SyncCallResults.RunAsync" },
    };

    [Theory]
    [MemberData(nameof(Timers))]
    public void The_timer_functions_appear_in_functions_metadata_with_their_app_setting_schedules(string name, string schedule, string entryPoint)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));

        var function = metadata.RootElement.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);

        function.GetProperty("entryPoint").GetString().ShouldBe(entryPoint);
        var trigger = function.GetProperty("bindings").EnumerateArray().ShouldHaveSingleItem();
        trigger.GetProperty("type").GetString().ShouldBe("timerTrigger");
        trigger.GetProperty("direction").GetString().ShouldBe("In");
        trigger.GetProperty("schedule").GetString().ShouldBe(schedule);
    }
}
