using CampaignBridge.Functions.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CampaignBridge.Functions.Tests.Health;

public sealed class GetHealthTests
{
    [Fact]
    public void Health_answers_ok_without_touching_configuration()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/api/health";

        var result = new GetHealth().Run(context.Request);

        result.ShouldBeOfType<OkObjectResult>().StatusCode.ShouldBe(200);
    }
}
