namespace OneSignal.ContractTests.Invocation;

/// <summary>Segments and Journeys.</summary>
public static partial class OperationInvokers
{
    private static void AddAudience(Dictionary<string, Invocation> all)
    {
        all["get_segments"] = (c, a, t) => ClientOutcome.Of(c.Segments.GetSegmentsWithResponseAsync(a.Path("app_id"), a.QueryInt64("offset"), a.QueryInt64("limit"), t));
        all["create_segment"] = (c, a, t) => ClientOutcome.Of(c.Segments.CreateSegmentWithResponseAsync(a.Path("app_id"), a.OptionalBody(Json.Segment), t));
        all["get_segment"] = (c, a, t) => ClientOutcome.Of(c.Segments.GetSegmentWithResponseAsync(a.Path("app_id"), a.Path("segment_id"), a.QueryBoolean("include-segment-detail"), t));
        all["update_segment"] = (c, a, t) => ClientOutcome.Of(c.Segments.UpdateSegmentWithResponseAsync(a.Path("app_id"), a.Path("segment_id"), a.OptionalBody(Json.UpdateSegmentRequest), t));
        all["delete_segment"] = (c, a, t) => ClientOutcome.Of(c.Segments.DeleteSegmentWithResponseAsync(a.Path("app_id"), a.Path("segment_id"), t));

        all["view_journeys"] = (c, a, t) => ClientOutcome.Of(c.Journeys.ViewJourneysWithResponseAsync(a.Path("app_id"), a.OptionalQuery("cursor"), a.QueryInt64("limit"), t));
        all["create_journey"] = (c, a, t) => ClientOutcome.Of(c.Journeys.CreateJourneyWithResponseAsync(a.Path("app_id"), a.Body(Json.CreateJourneyRequest), t));
        all["view_journey"] = (c, a, t) => ClientOutcome.Of(c.Journeys.ViewJourneyWithResponseAsync(a.Path("app_id"), a.Path("journey_id"), t));
        all["update_journey"] = (c, a, t) => ClientOutcome.Of(c.Journeys.UpdateJourneyWithResponseAsync(a.Path("app_id"), a.Path("journey_id"), a.Body(Json.UpdateJourneyRequest), t));
        all["delete_journey"] = (c, a, t) => ClientOutcome.Of(c.Journeys.DeleteJourneyWithResponseAsync(a.Path("app_id"), a.Path("journey_id"), t));
        all["view_journey_stats"] = (c, a, t) => ClientOutcome.Of(c.Journeys.ViewJourneyStatsWithResponseAsync(a.Path("app_id"), a.Path("journey_id"), t));
        all["update_journey_node"] = (c, a, t) => ClientOutcome.Of(c.Journeys.UpdateJourneyNodeWithResponseAsync(a.Path("app_id"), a.Path("journey_id"), a.Path("node_id"), a.Body(Json.UpdateJourneyNodeRequest), t));
    }
}
