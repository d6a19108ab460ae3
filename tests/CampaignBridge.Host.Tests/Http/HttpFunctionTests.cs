using CampaignBridge.Host.Tests.Support;
using Functions.TestHost.Invocations;

namespace CampaignBridge.Host.Tests.Http;

/// <summary>One call per HTTP function, through the host, the worker's ASP.NET Core pipeline and the function.</summary>
public sealed class HttpFunctionTests(CampaignBridgeProcess app)
{
    public static TheoryData<string> HttpFunctions => IndexedFunctions.Http();

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public async Task Each_http_function_answers_through_the_real_pipeline_as_its_direct_tests_expect(string function)
    {
        HttpFunctionCases.ByFunction.ShouldContainKey(function, $"{function} has no case in HttpFunctionCases: add one.");
        var @case = HttpFunctionCases.ByFunction[function];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = await @case.Prepare(app, timeout.Token);

        var answer = await app.SendAsync(request, timeout.Token);

        answer.Status.ShouldBe(@case.ExpectedStatus, answer.ToString());
        @case.Verify(answer);
        var record = await app.Host.WaitForInvocationAsync(answer.InvocationId.ShouldNotBeNull(), TimeSpan.FromSeconds(10));
        record.FunctionName.ShouldBe(function);
        record.Status.ShouldBe(InvocationStatus.Succeeded, record.ToString());
    }

    [Fact]
    public void The_case_table_names_only_functions_the_app_has()
        => HttpFunctionCases.ByFunction.Keys.Where(name => !IndexedFunctions.Names.Contains(name)).ShouldBeEmpty();

    [Fact]
    public async Task A_wrong_method_matches_no_route_and_is_answered_404_by_the_host()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/health");

        var answer = await app.SendAsync(request, TestContext.Current.CancellationToken);

        answer.Status.ShouldBe(404);
    }
}
