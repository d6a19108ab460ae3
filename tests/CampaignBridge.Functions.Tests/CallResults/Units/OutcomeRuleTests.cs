using CampaignBridge.Functions.CallResults;
using static CampaignBridge.Functions.Tests.CallResults.Units.EmulatorShapedConversations;

namespace CampaignBridge.Functions.Tests.CallResults.Units;

/// <summary>
/// <see cref="CallResultsOptions.RuleFor(CallAttempt)"/>: configured rules by wrap-up name or system code, without case;
/// the built-in "Do not call" rule unless one is configured for it.
/// </summary>
public sealed class OutcomeRuleTests
{
    private static CallAttempt Attempt(string? result, string? resultName) => new()
    {
        ConversationId = ConversationId,
        CampaignId = CampaignId,
        ContactId = LeadId,
        AttemptStart = Start,
        Result = result,
        ResultName = resultName,
    };

    private static CallResultsOptions With(params OutcomeRule[] rules) => new() { Outcomes = [.. rules] };

    [Fact]
    public void Without_configured_rules_the_wrap_up_do_not_call_marks_the_person_do_not_call()
    {
        var rule = new CallResultsOptions().RuleFor(Attempt(SaleCodeId, "Do not call"));

        rule.ShouldNotBeNull();
        rule.Result.ShouldBe(CallResultsOptions.DefaultDoNotCallResult);
        rule.DoNotCall.ShouldBeTrue();
        rule.CampaignMemberStatus.ShouldBeNull();
    }

    [Theory]
    [InlineData("do not call")]
    [InlineData("DO NOT CALL")]
    public void The_built_in_rule_matches_the_name_without_case(string name)
        => new CallResultsOptions().RuleFor(name)!.DoNotCall.ShouldBeTrue();

    [Fact]
    public void A_rule_configured_for_do_not_call_replaces_the_built_in_one()
    {
        var options = With(new OutcomeRule { Result = "Do not call", DoNotCall = false, CampaignMemberStatus = "Opted out" });

        var rule = options.RuleFor(Attempt(SaleCodeId, "Do not call"))!;

        rule.DoNotCall.ShouldBeFalse();
        rule.CampaignMemberStatus.ShouldBe("Opted out");
    }

    [Fact]
    public void Other_results_have_no_rule_unless_one_is_configured()
    {
        var options = new CallResultsOptions();

        options.RuleFor(Attempt(SaleCodeId, "Sale")).ShouldBeNull();
        options.RuleFor(Attempt("ININ-OUTBOUND-BUSY", null)).ShouldBeNull();
        options.RuleFor(Attempt(null, null)).ShouldBeNull();
    }

    [Fact]
    public void A_rule_is_found_by_the_wrap_up_codes_name_without_case_and_with_the_configured_spaces_ignored()
    {
        var sale = new OutcomeRule { Result = " Sale ", CampaignMemberStatus = "Responded" };

        With(sale).RuleFor(Attempt(SaleCodeId, "SALE")).ShouldBeSameAs(sale);
    }

    [Fact]
    public void A_rule_is_found_by_the_system_code_when_there_is_no_name()
    {
        var busy = new OutcomeRule { Result = "ININ-OUTBOUND-BUSY", CampaignMemberStatus = "Busy" };

        With(busy).RuleFor(Attempt("inin-outbound-busy", null)).ShouldBeSameAs(busy);
    }

    [Fact]
    public void The_name_wins_over_the_code_and_the_code_is_tried_when_the_name_has_no_rule()
    {
        var byName = new OutcomeRule { Result = "Sale", CampaignMemberStatus = "Responded" };
        var byId = new OutcomeRule { Result = SaleCodeId, CampaignMemberStatus = "By id" };

        With(byId, byName).RuleFor(Attempt(SaleCodeId, "Sale")).ShouldBeSameAs(byName);
        With(byId).RuleFor(Attempt(SaleCodeId, "Sale")).ShouldBeSameAs(byId);
    }

    [Fact]
    public void The_first_of_two_rules_for_the_same_result_wins()
    {
        var first = new OutcomeRule { Result = "Sale", CampaignMemberStatus = "First" };

        With(first, new OutcomeRule { Result = "sale", CampaignMemberStatus = "Second" }).RuleFor("Sale").ShouldBeSameAs(first);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_result_has_no_rule_even_with_an_empty_rule_configured(string? result)
        => With(new OutcomeRule { Result = "", DoNotCall = true }).RuleFor(result).ShouldBeNull();

    [Fact]
    public void An_outcome_rule_does_nothing_until_configured()
    {
        var rule = new OutcomeRule();

        rule.Result.ShouldBeNull();
        rule.CampaignMemberStatus.ShouldBeNull();
        rule.DoNotCall.ShouldBeFalse();
    }
}
