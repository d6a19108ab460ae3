using System.Text.Json;
using CampaignBridge.Host.Tests.Support;
using Functions.TestHost.Invocations;
using Functions.TestHost.Logging;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Host.Tests.BadInput;

/// <summary>The API rules for an answer to bad input (README "Rules the API enforces"); each broken rule is one line.</summary>
public static class RuleCheck
{
    public static IEnumerable<string> Problems(BadRequestCase badRequest, HostAnswer answer, IReadOnlyList<InvocationRecord> invocations, HostLog log)
    {
        if (!badRequest.Statuses.Contains(answer.Status))
        {
            yield return $"status {answer.Status}, expected {string.Join(" or ", badRequest.Statuses)}";
        }

        foreach (var invocation in invocations)
        {
            if (invocation.Status == InvocationStatus.Failed)
            {
                yield return $"invocation failed: {invocation}";
            }

            foreach (var line in log.ForInvocation(invocation.InvocationId).Where(l => l.Level is >= LogLevel.Error and not LogLevel.None))
            {
                yield return "error logged: " + line.Text;
            }
        }

        if (badRequest.Broken is not null || answer.Status == 0)
        {
            yield break;
        }

        var problem = badRequest.IsSoap ? SoapProblem(answer) : JsonProblem(badRequest, answer);
        if (problem is not null)
        {
            yield return problem;
        }
    }

    private static string? SoapProblem(HostAnswer answer)
    {
        if (answer.ContentType != "text/xml" || !answer.Body.Contains("<faultcode>soapenv:Client</faultcode>", StringComparison.Ordinal))
        {
            return "not a SOAP client fault";
        }

        return answer.Body.Contains("<Ack>", StringComparison.Ordinal) ? "acknowledged"
            : answer.Body.Contains("salesforce.outbound.", StringComparison.Ordinal) ? null : "the fault names no salesforce.outbound.* code";
    }

    private static string? JsonProblem(BadRequestCase badRequest, HostAnswer answer)
    {
        if (!answer.IsProblem)
        {
            return $"not problem+json ({answer.ContentType})";
        }

        JsonElement json;
        try
        {
            json = answer.Json();
        }
        catch (JsonException)
        {
            return "the problem is not JSON";
        }

        var code = Text(json, "code");
        if (badRequest.Codes is { } codes ? !codes.Contains(code) : code is null || !(code.StartsWith("request.", StringComparison.Ordinal) || code.StartsWith("contacts.", StringComparison.Ordinal)))
        {
            return $"code {code ?? "(none)"}, expected {(badRequest.Codes is null ? "request.* or contacts.*" : string.Join(" or ", badRequest.Codes))}";
        }

        if (string.IsNullOrWhiteSpace(Text(json, "detail")) || Text(json, "traceId") is not { Length: 32 })
        {
            return "no detail or no W3C traceId";
        }

        return json.GetProperty("status").GetInt32() == answer.Status ? null : "the problem's status differs from the answer's";
    }

    private static string? Text(JsonElement json, string name)
        => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
