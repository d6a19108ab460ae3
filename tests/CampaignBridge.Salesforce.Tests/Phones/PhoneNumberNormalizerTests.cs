namespace CampaignBridge.Salesforce.Tests.Phones;

public sealed class PhoneNumberNormalizerTests
{
    private static readonly PhoneNumberNormalizer UnitedStates = new(PhoneRegion.Parse("US"));
    private static readonly PhoneNumberNormalizer UnitedKingdom = new(PhoneRegion.Parse("GB"));

    [Theory]
    [InlineData("(650) 253-0000")]
    [InlineData("650.253.0000")]
    [InlineData("1-650-253-0000")]
    [InlineData("+1 650 253 0000")]
    [InlineData("+16502530000")]
    public void Us_numbers_with_and_without_plus_become_e164_in_the_us(string input)
    {
        PhoneNumberNormalization result = UnitedStates.Normalize(input);

        result.Succeeded.ShouldBeTrue();
        result.E164.ShouldBe("+16502530000");
        result.Problem.ShouldBeNull();
        result.Reason.ShouldBeNull();
    }

    [Theory]
    [InlineData("020 7031 3000")]
    [InlineData("+44 20 7031 3000")]
    [InlineData("+44 (0)20 7031 3000")]
    [InlineData("0044 20 7031 3000")]
    public void Gb_numbers_with_and_without_plus_become_e164_in_gb(string input)
        => UnitedKingdom.Normalize(input).E164.ShouldBe("+442070313000");

    [Theory]
    [InlineData("+44 20 7031 3000")]
    [InlineData("011 44 20 7031 3000")]
    public void A_gb_number_with_its_country_code_is_kept_when_the_default_region_is_us(string input)
        => UnitedStates.Normalize(input).E164.ShouldBe("+442070313000");

    [Theory]
    [InlineData("020 7031 3000", PhoneNumberProblem.InvalidForRegion, "invalid for region US")]
    [InlineData("12345", PhoneNumberProblem.InvalidForRegion, "invalid for region US")]
    [InlineData("+1 650 253 000", PhoneNumberProblem.InvalidForRegion, "invalid for region US")]
    [InlineData("+44 20 7031 300", PhoneNumberProblem.InvalidForRegion, "invalid for region GB")]
    [InlineData("call me maybe", PhoneNumberProblem.NotAPhoneNumber, "not a phone number")]
    [InlineData("+999 650 253 0000", PhoneNumberProblem.InvalidCountryCode, "unknown country calling code")]
    [InlineData("", PhoneNumberProblem.Empty, "no phone number")]
    [InlineData("   ", PhoneNumberProblem.Empty, "no phone number")]
    [InlineData(null, PhoneNumberProblem.Empty, "no phone number")]
    public void A_number_that_cannot_be_dialled_is_refused_with_the_reason(string? input, PhoneNumberProblem problem, string reason)
    {
        PhoneNumberNormalization result = UnitedStates.Normalize(input);

        result.Succeeded.ShouldBeFalse();
        result.E164.ShouldBeNull();
        result.Problem.ShouldBe(problem);
        result.Reason.ShouldBe(reason);
        result.ToString().ShouldBe($"rejected: {reason}");
    }

    [Fact]
    public void Too_many_digits_are_refused_as_too_long()
    {
        PhoneNumberNormalization result = UnitedStates.Normalize(new string('5', 300));

        result.Problem.ShouldBe(PhoneNumberProblem.TooLong);
        result.Reason.ShouldBe("too long to be a phone number");
    }

    [Fact]
    public void The_normalizer_keeps_its_default_region()
        => UnitedKingdom.DefaultRegion.Code.ShouldBe("GB");
}
