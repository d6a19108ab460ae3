namespace Emulators.Hosting.Tests.Seed;

/// <summary>Seed JSON: camelCase, comments and trailing commas, validation hook, clear errors.</summary>
public sealed class SeedJsonTests
{
    private sealed class Sample
    {
        public string Name { get; set; } = "";

        public List<int> Values { get; set; } = [];
    }

    [Fact]
    public void Seed_JSON_is_camelCase_and_may_have_comments_and_trailing_commas()
    {
        var seed = SeedJson.Parse<Sample>("""
            // a seed
            { "name": "x", "values": [1, 2,], }
            """, _ => { });

        seed.Name.ShouldBe("x");
        seed.Values.ShouldBe([1, 2]);
        SeedJson.Write(seed).ShouldContain("\"name\": \"x\"");
    }

    [Fact]
    public void Malformed_or_empty_JSON_is_an_InvalidDataException_and_validation_runs()
    {
        Should.Throw<InvalidDataException>(() => SeedJson.Parse<Sample>("{", _ => { }));
        Should.Throw<InvalidDataException>(() => SeedJson.Parse<Sample>("null", _ => { }));
        Should.Throw<InvalidDataException>(() => SeedJson.Parse<Sample>("{}", _ => throw new InvalidDataException("checked"))).Message.ShouldBe("checked");
    }

    [Fact]
    public void A_missing_embedded_resource_is_reported_by_name()
    {
        Should.Throw<InvalidOperationException>(() => SeedJson.ReadEmbedded(typeof(SeedJsonTests).Assembly, "nope.json")).Message.ShouldContain("nope.json");
    }
}
