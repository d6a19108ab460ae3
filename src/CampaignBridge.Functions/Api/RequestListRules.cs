using System.Diagnostics.CodeAnalysis;
using CampaignBridge.Functions.Errors;
using Microsoft.AspNetCore.Http;

namespace CampaignBridge.Functions.Api;

/// <summary>The rules every list in a request body follows: present, not empty, and no longer than its limit.</summary>
public static class RequestListRules
{
    /// <summary>
    /// True when <paramref name="list"/> is present, not empty and holds at most <paramref name="maxCount"/> items;
    /// otherwise false with a 400 <paramref name="problem"/> naming <paramref name="path"/>.
    /// </summary>
    /// <param name="list">The list as read from the body.</param>
    /// <param name="context">The request, for the problem's trace id.</param>
    /// <param name="path">Its JSON path, e.g. <c>$.contactIds</c>.</param>
    /// <param name="description">What the list holds, e.g. <c>contact ids</c>.</param>
    /// <param name="singular">One item, e.g. <c>id</c>.</param>
    /// <param name="plural">Several items, e.g. <c>ids</c>.</param>
    /// <param name="maxCount">The most items one request may carry.</param>
    /// <param name="problem">What is wrong with the list, when it is not usable.</param>
    public static bool IsUsable<T>(
        [NotNullWhen(true)] IReadOnlyCollection<T>? list,
        HttpContext? context,
        string path,
        string description,
        string singular,
        string plural,
        int maxCount,
        [NotNullWhen(false)] out ApiProblem? problem)
    {
        problem = Check(list, context, path, description, singular, plural, maxCount);
        return problem is null;
    }

    private static ApiProblem? Check<T>(
        IReadOnlyCollection<T>? list,
        HttpContext? context,
        string path,
        string description,
        string singular,
        string plural,
        int maxCount)
    {
        if (list is null)
        {
            return ApiProblems.BadRequest(context, ApiErrorCodes.MissingField, path, $"The field {path} is required: a list of {description}.");
        }

        if (list.Count == 0)
        {
            return ApiProblems.BadRequest(context, ApiErrorCodes.EmptyList, path, $"The list {path} is empty; send at least one {singular}.");
        }

        if (list.Count > maxCount)
        {
            return ApiProblems.BadRequest(context, ApiErrorCodes.TooManyItems, path,
                $"{path} has {list.Count} {plural}; at most {maxCount} are accepted per request.",
                $"Split the batch into requests of up to {maxCount} {plural}.");
        }

        return null;
    }
}
