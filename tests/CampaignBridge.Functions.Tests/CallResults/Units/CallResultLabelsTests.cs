using CampaignBridge.Functions.CallResults;

namespace CampaignBridge.Functions.Tests.CallResults.Units;

/// <summary>
/// <see cref="CallResultLabels"/>: the words Salesforce shows for a result (results reference §2.1 and its suggested classes).
/// </summary>
public sealed class CallResultLabelsTests
{
    [Theory]
    [InlineData("ININ-OUTBOUND-NO-ANSWER", "No answer")]
    [InlineData("ININ-OUTBOUND-BUSY", "Busy")]
    [InlineData("ININ-OUTBOUND-MACHINE", "Answering machine")]
    [InlineData("ININ-OUTBOUND-LINE-CONNECTED", "Answering machine")]
    [InlineData("ININ-OUTBOUND-FAX", "Fax")]
    [InlineData("ININ-OUTBOUND-SIT-CALLABLE", "Invalid number")]
    [InlineData("ININ-OUTBOUND-SIT-UNCALLABLE", "Invalid number")]
    [InlineData("ININ-OUTBOUND-INVALID-PHONE-NUMBER", "Invalid number")]
    [InlineData("ININ-OUTBOUND-PREVIEW-ERROR-PHONE-NUMBER", "Invalid number")]
    [InlineData("ININ-OUTBOUND-NUMBER_COULD_NOT_BE_DIALED", "Number could not be dialed")]
    [InlineData("ININ-OUTBOUND-ON-DO-NOT-CALL-LIST", "On a do-not-call list")]
    [InlineData("ININ-OUTBOUND-DNC-SKIPPED", "On a do-not-call list")]
    [InlineData("ININ-OUTBOUND-DISCONNECT", "Disconnected")]
    [InlineData("ININ-OUTBOUND-FAILED-TO-REACH-AGENT", "Abandoned")]
    [InlineData("ININ-OUTBOUND-ABANDON", "Abandoned")]
    [InlineData("ININ-OUTBOUND-TRANSFERRED-TO-FLOW", "Handled by a flow")]
    [InlineData("ININ-OUTBOUND-PREVIEW-SKIPPED", "Skipped by the agent")]
    [InlineData("ININ-WRAP-UP-TIMEOUT", "Wrap-up timed out")]
    public void A_known_system_code_is_shown_in_words(string code, string label)
        => CallResultLabels.Describe(code, null).ShouldBe(label);

    [Fact]
    public void System_codes_are_matched_without_case()
        => CallResultLabels.Describe("inin-outbound-busy", null).ShouldBe("Busy");

    [Theory]
    [InlineData("ININ-OUTBOUND-ZONE-BLOCKED-SKIPPED")]
    [InlineData("ININ-OUTBOUND-RULE-SKIPPED")]
    [InlineData("ININ-OUTBOUND-SOMETHING-NEW-SKIPPED")]
    public void Any_other_skipped_code_is_skipped_by_the_dialer(string code)
        => CallResultLabels.Describe(code, null).ShouldBe("Skipped by the dialer");

    [Theory]
    [InlineData("ININ-OUTBOUND-EXTERNALLY-THROTTLED")]
    [InlineData("OUTBOUND-SOMETHING-NEW")]
    [InlineData("inin-wrap-up-unheard-of")]
    public void An_unknown_system_code_is_a_generic_system_result_because_the_list_is_open(string code)
        => CallResultLabels.Describe(code, null).ShouldBe(CallResultLabels.SystemResult);

    [Fact]
    public void An_agent_code_whose_name_is_unknown_is_shown_as_its_id()
        => CallResultLabels.Describe("f1e2d3c4-b5a6-4978-8a9b-0000000000de", null).ShouldBe("f1e2d3c4-b5a6-4978-8a9b-0000000000de");

    [Fact]
    public void A_wrap_up_name_wins_over_its_code()
        => CallResultLabels.Describe("f1e2d3c4-b5a6-4978-8a9b-000000000004", "Sale").ShouldBe("Sale");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Without_a_result_the_label_is_no_wrap_up(string? result)
    {
        CallResultLabels.Describe(result, null).ShouldBe(CallResultLabels.NoWrapUp);
        CallResultLabels.Describe(result, " ").ShouldBe(CallResultLabels.NoWrapUp);
    }

    [Fact]
    public void The_no_wrap_up_label_is_pinned()
        => CallResultLabels.NoWrapUp.ShouldBe("No wrap-up");

    [Fact]
    public void The_results_of_contacts_skipped_without_a_call_are_pinned()
        => CallResultLabels.SkippedWithoutCall.ShouldBe(
        [
            "ININ-OUTBOUND-ON-DO-NOT-CALL-LIST",
            "ININ-OUTBOUND-DNC-SKIPPED",
            "ININ-OUTBOUND-CONTACT-UNCALLABLE-SKIPPED",
            "ININ-OUTBOUND-NUMBER-UNCALLABLE-SKIPPED",
            "ININ-OUTBOUND-CONTACT-ATTEMPT-LIMIT-SKIPPED",
            "ININ-OUTBOUND-NUMBER-ATTEMPT-LIMIT-SKIPPED",
            "ININ-OUTBOUND-ZONE-BLOCKED-SKIPPED",
            "ININ-OUTBOUND-AUTOMATIC-TIME-ZONE-BLOCKED-SKIPPED",
            "ININ-OUTBOUND-NO-CALLABLE-NUMBERS-SKIPPED",
            "ININ-OUTBOUND-RULE-SKIPPED",
        ]);

    [Fact]
    public void Every_result_skipped_without_a_call_is_a_system_code_with_words_or_the_skipped_label()
    {
        foreach (var code in CallResultLabels.SkippedWithoutCall)
        {
            CallAttemptExtractor.IsSystemCode(code).ShouldBeTrue(code);
            CallResultLabels.Describe(code, null).ShouldNotBe(code);
        }
    }
}
