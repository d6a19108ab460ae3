using Azure;
using Azure.Storage.Queues;
using CampaignBridge.Host.Tests.Support;

namespace CampaignBridge.Host.Tests.BadInput;

/// <summary>
/// Bad requests generated from the OpenAPI document the running app serves (and from one valid Outbound Message for
/// the SOAP receiver), sent through the real process: each must be answered by the API rules (a 4xx problem+json, or
/// SOAP fault, naming the problem with the expected code), reach neither Genesys nor the queue, log no Error and fail
/// no invocation. The count of answers outside the rules must be 0.
/// </summary>
public sealed class BadInputSuiteTests(CampaignBridgeProcess app, ITestOutputHelper output)
{
    private const int MinimumCases = 1000;
    private const string QueueName = "contact-sync";

    [Fact]
    public async Task Every_generated_bad_request_of_every_operation_is_answered_by_the_rules_and_reaches_nothing_upstream()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        using var documentRequest = new HttpRequestMessage(HttpMethod.Get, "api/openapi.json");
        var shapes = new OpenApiShapes((await app.SendAsync(documentRequest, timeout.Token)).Body);
        var cases = BadInputGenerator.From(shapes).Concat(SoapBadInputCases.All()).ToList();
        var queue = new QueueClient(app.Azurite.ConnectionString, QueueName);
        var outside = new List<string>();
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var badRequest in cases)
        {
            var upstreamBefore = app.Emulator.Requests.Count + app.Emulator.TokenRequestCount;
            var queuedBefore = await QueueLengthAsync(queue);
            var invocationsBefore = app.Host.Invocations.Count;

            var answer = await BadRequestSender.SendAsync(app, badRequest, timeout.Token);

            var invocations = app.Host.Invocations.Skip(invocationsBefore).ToList();
            await Task.WhenAll(invocations.Select(r => r.Completed.WaitAsync(TimeSpan.FromSeconds(20))));
            var problems = RuleCheck.Problems(badRequest, answer, invocations, app.Host.Log).ToList();
            if (app.Emulator.Requests.Count + app.Emulator.TokenRequestCount != upstreamBefore)
            {
                problems.Add("it reached Genesys");
            }

            if (await QueueLengthAsync(queue) != queuedBefore)
            {
                problems.Add("it queued a write");
            }

            if (problems.Count > 0)
            {
                outside.Add($"{badRequest}: {string.Join("; ", problems)} -- {answer}");
            }

            var key = $"{badRequest.Operation} {answer.Status}";
            tally[key] = tally.GetValueOrDefault(key) + 1;
        }

        output.WriteLine($"{cases.Count} cases, {outside.Count} answers outside the rules");
        foreach (var (key, count) in tally.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {count,5} x {key}");
        }

        cases.Count.ShouldBeGreaterThanOrEqualTo(MinimumCases);
        shapes.Operations.Where(o => o.HasInputs).Select(o => o.OperationId).Except(cases.Select(c => c.Operation)).ShouldBeEmpty("every operation with inputs gets cases");
        cases.ShouldContain(c => c.IsSoap, "the SOAP receiver gets cases");
        outside.ShouldBeEmpty($"{outside.Count} of {cases.Count} answers were outside the rules:{Environment.NewLine}{string.Join(Environment.NewLine, outside.Take(40))}");
    }

    private static async Task<int> QueueLengthAsync(QueueClient queue)
    {
        try
        {
            return (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException failure) when (failure.Status == 404)
        {
            return 0;
        }
    }
}
