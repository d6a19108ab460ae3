using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GenesysCloud.Emulator;

/// <summary><c>/api/v2/outbound/campaigns</c>: list, get, PUT, start/stop, progress, stats (reference §3.1–§3.4).</summary>
internal static class CampaignEndpoints
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    public const int MaxIdsPerRequest = 100;
    public const string CampaignNotFoundMessage = "The dialer campaign was not found.";

    private static readonly string[] FilterTypes =
        ["Equals", "RegEx", "Contains", "Prefix", "LessThan", "LessThanEqualTo", "GreaterThan", "GreaterThanEqualTo", "BeginsWith", "EndsWith"];

    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        const string view = "outbound:campaign:view";
        app.MapGet(ApiPaths.Campaigns, (HttpContext c) => List(c, state)).WithMetadata(new RequiredPermission(view));
        app.MapGet(ApiPaths.Campaigns + "/{campaignId}", (HttpContext c, string campaignId) => Get(c, state, campaignId))
            .WithMetadata(new RequiredPermission(view));
        app.MapPut(ApiPaths.Campaigns + "/{campaignId}", (HttpContext c, string campaignId) => Put(c, state, campaignId))
            .WithMetadata(new RequiredPermission("outbound:campaign:edit"));
        app.MapPost(ApiPaths.Campaigns + "/{campaignId}/start", (HttpContext c, string campaignId) => Action(c, state, campaignId, CampaignStatuses.On))
            .WithMetadata(new RequiredPermission("outbound:campaign:start"), CampaignActionEndpoint.Instance);
        app.MapPost(ApiPaths.Campaigns + "/{campaignId}/stop", (HttpContext c, string campaignId) => Action(c, state, campaignId, CampaignStatuses.Off))
            .WithMetadata(new RequiredPermission("outbound:campaign:stop"), CampaignActionEndpoint.Instance);
        app.MapGet(ApiPaths.Campaigns + "/{campaignId}/progress", (HttpContext c, string campaignId) => Progress(c, state, campaignId))
            .WithMetadata(new RequiredPermission(view));
        app.MapGet(ApiPaths.Campaigns + "/{campaignId}/stats", (HttpContext c, string campaignId) => Stats(c, state, campaignId))
            .WithMetadata(new RequiredPermission(view));
    }

    private static IResult List(HttpContext context, EmulatorState state)
    {
        var query = context.Request.Query;
        if (!TryPositive(query["pageSize"], DefaultPageSize, MaxPageSize, out var pageSize))
        {
            return ApiError.InvalidQueryParam(context, "pageSize", query["pageSize"].ToString(), $"1 to {MaxPageSize}");
        }

        if (!TryPositive(query["pageNumber"], 1, int.MaxValue, out var pageNumber))
        {
            return ApiError.InvalidQueryParam(context, "pageNumber", query["pageNumber"].ToString(), "a positive integer");
        }

        var filterType = query["filterType"].ToString() is { Length: > 0 } given ? given : "Prefix";
        var canonicalFilter = FilterTypes.FirstOrDefault(f => f.Equals(filterType, StringComparison.OrdinalIgnoreCase));
        if (canonicalFilter is null)
        {
            return ApiError.InvalidQueryParam(context, "filterType", filterType, string.Join(", ", FilterTypes));
        }

        var ids = query["id"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (ids.Count > MaxIdsPerRequest)
        {
            return ApiError.BadRequest(context, "too.many.bulk.retrieves", "Only 100 campaigns can be retrieved by id at a time");
        }

        var sortOrder = query["sortOrder"].ToString();
        if (sortOrder.Length > 0 && !sortOrder.Equals("ascending", StringComparison.OrdinalIgnoreCase)
            && !sortOrder.Equals("descending", StringComparison.OrdinalIgnoreCase))
        {
            return ApiError.InvalidQueryParam(context, "sortOrder", sortOrder, "ascending, descending");
        }

        var name = query["name"].ToString();
        var contactListId = query["contactListId"].ToString();
        var sortBy = query["sortBy"].ToString();
        Func<string, bool> nameFilter;
        try
        {
            nameFilter = NameFilter(canonicalFilter, name);
        }
        catch (RegexParseException)
        {
            return ApiError.InvalidQueryParam(context, "name", name, "a valid regular expression");
        }

        var now = state.Now;
        List<JsonObject> matches;
        lock (state.Gate)
        {
            IEnumerable<CampaignRecord> campaigns = state.Campaigns;
            if (name.Length > 0)
            {
                campaigns = campaigns.Where(c => nameFilter(c.Name));
            }

            if (ids.Count > 0)
            {
                campaigns = campaigns.Where(c => ids.Contains(c.Id, StringComparer.OrdinalIgnoreCase));
            }

            if (contactListId.Length > 0)
            {
                campaigns = campaigns.Where(c => string.Equals(c.ContactListId, contactListId, StringComparison.OrdinalIgnoreCase));
            }

            // Default order is seed/creation order (UNCONFIRMED); sortBy=name sorts by name.
            if (sortBy.Equals("name", StringComparison.OrdinalIgnoreCase))
            {
                campaigns = sortOrder.Equals("descending", StringComparison.OrdinalIgnoreCase)
                    ? campaigns.OrderByDescending(c => c.Name, StringComparer.OrdinalIgnoreCase)
                    : campaigns.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase);
            }

            matches = campaigns.Select(c => c.Snapshot(now)).ToList();
        }

        var total = matches.Count;
        var pageCount = (int)Math.Ceiling(total / (double)pageSize);
        var entities = new JsonArray([.. matches.Skip((int)Math.Min((long)(pageNumber - 1) * pageSize, int.MaxValue)).Take(pageSize)]);
        var envelope = new JsonObject
        {
            ["entities"] = entities,
            ["pageSize"] = pageSize,
            ["pageNumber"] = pageNumber,
            ["total"] = total,
            ["pageCount"] = pageCount,
            ["firstUri"] = PageUri(context, pageSize, 1),
            ["selfUri"] = PageUri(context, pageSize, pageNumber),
        };
        if (pageNumber < pageCount)
        {
            envelope["nextUri"] = PageUri(context, pageSize, pageNumber + 1);
        }

        if (pageNumber > 1)
        {
            envelope["previousUri"] = PageUri(context, pageSize, Math.Min(pageNumber - 1, Math.Max(pageCount, 1)));
        }

        envelope["lastUri"] = PageUri(context, pageSize, Math.Max(pageCount, 1));
        return WireResults.Json(envelope);
    }

    private static IResult Get(HttpContext context, EmulatorState state, string campaignId)
    {
        lock (state.Gate)
        {
            var campaign = state.FindCampaign(campaignId);
            // Non-GUID ids also get 404 (UNCONFIRMED: Genesys may answer 400 for them).
            return campaign is null ? CampaignNotFound(context) : WireResults.Json(campaign.Snapshot(state.Now));
        }
    }

    private static IResult Put(HttpContext context, EmulatorState state, string campaignId)
    {
        if (!RequestBody.TryReadJson(context, out var node, out var error))
        {
            return error!;
        }

        if (node is not JsonObject body)
        {
            return ApiError.MalformedJson(context);
        }

        var now = state.Now;
        lock (state.Gate)
        {
            var campaign = state.FindCampaign(campaignId);
            if (campaign is null)
            {
                return CampaignNotFound(context);
            }

            campaign.Settle(now);
            var sentVersion = CampaignValidation.Integer(body, "version");
            if (sentVersion != campaign.Version)
            {
                // Code from the reference; message text UNCONFIRMED.
                var sent = sentVersion?.ToString(CultureInfo.InvariantCulture) ?? "null";
                var currentVersion = campaign.Version.ToString(CultureInfo.InvariantCulture);
                return ApiError.Create(
                    context,
                    StatusCodes.Status409Conflict,
                    "invalid.update.wrong.version",
                    $"The campaign version [{sent}] does not match the current version [{currentVersion}]. Get the campaign again and send its current version.",
                    new Dictionary<string, string> { ["version"] = sent, ["currentVersion"] = currentVersion },
                    "The campaign version [{version}] does not match the current version [{currentVersion}]. Get the campaign again and send its current version.",
                    [new ErrorDetail("invalid.update.wrong.version", "version")],
                    campaign.Id,
                    campaign.Name);
            }

            if (CampaignValidation.Validate(context, state, campaign, body) is { } invalid)
            {
                return invalid;
            }

            var requestedStatus = CampaignValidation.Text(body, "campaignStatus");
            if (requestedStatus is null)
            {
                // "Required for updates" (reference §3.3); code and text UNCONFIRMED.
                return ApiError.BadRequest(context, "invalid.update",
                    "An attempt was made to update a Campaign in an invalid way. Details: campaignStatus is required", "campaignStatus");
            }

            if (!CampaignStatuses.All.Contains(requestedStatus))
            {
                return ApiError.InvalidValue(context, "campaignStatus", requestedStatus, string.Join(", ", CampaignStatuses.All));
            }

            if (!CampaignTransitions.IsAllowed(campaign.Status, requestedStatus))
            {
                return InvalidTransition(context, campaign.Status, requestedStatus);
            }

            // PUT is a full replace: the stored object becomes the body, with the read-only fields kept by the server.
            var previous = campaign.Body;
            var previousStatus = campaign.Status;
            var replacement = (JsonObject)body.DeepClone();
            replacement["id"] = campaign.Id;
            replacement["version"] = campaign.Version + 1;
            replacement["dateCreated"] = previous["dateCreated"]?.DeepClone();
            replacement["dateModified"] = EmulatorState.Timestamp(now);
            replacement["selfUri"] = ApiPaths.Campaign(campaign.Id);
            replacement["campaignStatus"] = previousStatus;
            if (replacement["contactList"] is JsonObject contactList)
            {
                var listId = CampaignValidation.Text(contactList, "id")!;
                contactList["name"] ??= state.FindContactList(listId)?.Name;
                contactList["selfUri"] = ApiPaths.ContactList(listId);
            }

            campaign.Body = replacement;
            CampaignTransitions.Apply(campaign, requestedStatus, now, state.Settings.StoppingDelaySeconds);
            return WireResults.Json(campaign.Snapshot(now));
        }
    }

    /// <summary>
    /// <c>POST .../start|stop</c>: no body, 200 with an empty body. Starting an <c>on</c> campaign and stopping an
    /// <c>off</c> one are no-op 200s (UNCONFIRMED: the reference has no error list for these endpoints). A status
    /// change bumps version and dateModified like a PUT (UNCONFIRMED).
    /// </summary>
    private static IResult Action(HttpContext context, EmulatorState state, string campaignId, string to)
    {
        var now = state.Now;
        lock (state.Gate)
        {
            var campaign = state.FindCampaign(campaignId);
            if (campaign is null)
            {
                return CampaignNotFound(context);
            }

            campaign.Settle(now);
            var from = campaign.Status;
            if (!CampaignTransitions.IsAllowed(from, to))
            {
                return InvalidTransition(context, from, to);
            }

            CampaignTransitions.Apply(campaign, to, now, state.Settings.StoppingDelaySeconds);
            if (campaign.Status != from)
            {
                campaign.Body["version"] = campaign.Version + 1;
                campaign.Body["dateModified"] = EmulatorState.Timestamp(now);
            }

            return Results.Ok();
        }
    }

    private static IResult Progress(HttpContext context, EmulatorState state, string campaignId)
    {
        lock (state.Gate)
        {
            var campaign = state.FindCampaign(campaignId);
            if (campaign is null)
            {
                return ApiError.NotFound(context, "campaign.not.found", CampaignNotFoundMessage);
            }

            campaign.Settle(state.Now);
            var list = state.FindContactList(campaign.ContactListId);
            long total = list?.Contacts.Count ?? 0;
            // No dialing is simulated: a complete campaign has called everyone, any other none (UNCONFIRMED model).
            var called = campaign.Status == CampaignStatuses.Complete ? total : 0;
            long percentage = campaign.Status == CampaignStatuses.Complete ? 100 : total == 0 ? 0 : called * 100 / total;
            return WireResults.Json(new JsonObject
            {
                ["campaign"] = new JsonObject { ["id"] = campaign.Id, ["name"] = campaign.Name, ["selfUri"] = ApiPaths.Campaign(campaign.Id) },
                ["contactList"] = new JsonObject
                {
                    ["id"] = campaign.ContactListId,
                    ["name"] = list?.Name,
                    ["selfUri"] = ApiPaths.ContactList(campaign.ContactListId),
                },
                ["numberOfContactsCalled"] = called,
                ["numberOfContactsMessaged"] = 0,
                ["totalNumberOfContacts"] = total,
                ["percentage"] = percentage,
                ["numberOfContactsSkipped"] = new JsonObject(),
            });
        }
    }

    private static IResult Stats(HttpContext context, EmulatorState state, string campaignId)
    {
        lock (state.Gate)
        {
            var campaign = state.FindCampaign(campaignId);
            if (campaign is null)
            {
                return ApiError.NotFound(context, "campaign.not.found", CampaignNotFoundMessage);
            }

            campaign.Settle(state.Now);
            var on = campaign.Status == CampaignStatuses.On;
            var lines = CampaignValidation.Integer(campaign.Body, "outboundLineCount") ?? 0;
            return WireResults.Json(new JsonObject
            {
                ["contactRate"] = new JsonObject { ["attempts"] = 0, ["connects"] = 0, ["connectRatio"] = 0.0 },
                ["idleAgents"] = 0,
                ["effectiveIdleAgents"] = 0.0,
                ["adjustedCallsPerAgent"] = 0.0,
                ["outstandingCalls"] = 0,
                ["scheduledCalls"] = 0,
                ["timeZoneRescheduledCalls"] = 0,
                ["filteredOutContactsCount"] = 0,
                ["rightPartyContactsCount"] = 0,
                ["validAttempts"] = 0,
                ["linesUtilization"] = new JsonObject
                {
                    ["assignedOutboundLines"] = 0,
                    ["totalAvailableOutboundLines"] = on ? lines : 0,
                },
                ["businessCategoryMetrics"] = new JsonObject { ["successCount"] = 0, ["neutralCount"] = 0, ["failureCount"] = 0 },
            });
        }
    }

    private static IResult CampaignNotFound(HttpContext context) =>
        // Reference §4.4 illustrative body: code not.found with the campaign text (which code Genesys uses is UNCONFIRMED).
        ApiError.NotFound(context, "not.found", CampaignNotFoundMessage);

    private static IResult InvalidTransition(HttpContext context, string from, string to) =>
        ApiError.Create(
            context,
            StatusCodes.Status400BadRequest,
            CampaignTransitions.InvalidTransitionCode,
            CampaignTransitions.InvalidTransitionMessage(from, to),
            new Dictionary<string, string> { ["from"] = from.ToUpperInvariant(), ["to"] = to.ToUpperInvariant() },
            "An attempt was made to update a Campaign in an invalid way. Details: Invalid transition from <{from}> to <{to}>",
            [new ErrorDetail(CampaignTransitions.InvalidTransitionCode, "campaignStatus")]);

    private static Func<string, bool> NameFilter(string filterType, string name)
    {
        // Name matching is case-insensitive (UNCONFIRMED for Genesys).
        var comparison = StringComparison.OrdinalIgnoreCase;
        return filterType switch
        {
            "Equals" => n => n.Equals(name, comparison),
            "Contains" => n => n.Contains(name, comparison),
            "Prefix" or "BeginsWith" => n => n.StartsWith(name, comparison),
            "EndsWith" => n => n.EndsWith(name, comparison),
            "RegEx" => new Regex(name, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).IsMatch,
            "LessThan" => n => string.Compare(n, name, comparison) < 0,
            "LessThanEqualTo" => n => string.Compare(n, name, comparison) <= 0,
            "GreaterThan" => n => string.Compare(n, name, comparison) > 0,
            _ => n => string.Compare(n, name, comparison) >= 0,
        };
    }

    private static bool TryPositive(Microsoft.Extensions.Primitives.StringValues raw, int fallback, int max, out int value)
    {
        if (raw.Count == 0 || string.IsNullOrEmpty(raw.ToString()))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(raw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1 && value <= max;
    }

    private static string PageUri(HttpContext context, int pageSize, int pageNumber)
    {
        var parameters = context.Request.Query
            .Where(q => q.Key is not ("pageSize" or "pageNumber"))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"));
        var prefix = $"{ApiPaths.Campaigns}?pageSize={pageSize}&pageNumber={pageNumber}";
        // Relative path with query: the exact Genesys format is UNCONFIRMED.
        return string.Join("&", new[] { prefix }.Concat(parameters));
    }
}
