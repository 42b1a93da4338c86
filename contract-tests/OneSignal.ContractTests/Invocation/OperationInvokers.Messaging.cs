namespace OneSignal.ContractTests.Invocation;

/// <summary>Notifications, Analytics, Live Activities, Templates and Exports.</summary>
public static partial class OperationInvokers
{
    private static OneSignalClientJsonContext Json => OneSignalClientJsonContext.Default;

    private static void AddMessaging(Dictionary<string, Invocation> all)
    {
        all["create_notification"] = (c, a, t) => ClientOutcome.Of(c.Notifications.CreateNotificationWithResponseAsync(a.Body(Json.Notification), t));
        all["cancel_notification"] = (c, a, t) => ClientOutcome.Of(c.Notifications.CancelNotificationWithResponseAsync(a.Path("notification_id"), a.Query("app_id"), t));

        all["get_notifications"] = (c, a, t) => ClientOutcome.Of(c.Analytics.GetNotificationsWithResponseAsync(
            a.Query("app_id"), a.QueryInt64("limit"), a.QueryInt64("offset"),
            a.QueryInt64("kind") is { } kind ? new GetNotificationsKind(checked((int)kind)) : (GetNotificationsKind?)null,
            a.OptionalQuery("time_offset"), t));
        all["get_notification"] = (c, a, t) => ClientOutcome.Of(c.Analytics.GetNotificationWithResponseAsync(a.Path("notification_id"), a.Query("app_id"), t));
        all["get_notification_history"] = (c, a, t) => ClientOutcome.Of(c.Analytics.GetNotificationHistoryWithResponseAsync(a.Path("notification_id"), a.Body(Json.NotificationHistoryRequest), t));
        all["get_outcomes"] = (c, a, t) => ClientOutcome.Of(c.Analytics.GetOutcomesWithResponseAsync(
            a.Path("app_id"), a.Query("outcome_names"), a.OptionalQuery("outcome_names[]"), a.OptionalQuery("outcome_time_range"),
            a.OptionalQuery("outcome_platforms"), a.OptionalQuery("outcome_attribution"), t));

        all["start_live_activity"] = (c, a, t) => ClientOutcome.Of(c.LiveActivities.StartLiveActivityWithResponseAsync(a.Path("app_id"), a.Path("activity_type"), a.Body(Json.StartLiveActivityRequest), t));
        all["update_live_activity"] = (c, a, t) => ClientOutcome.Of(c.LiveActivities.UpdateLiveActivityWithResponseAsync(a.Path("app_id"), a.Path("activity_id"), a.Body(Json.UpdateLiveActivityRequest), t));

        all["view_templates"] = (c, a, t) => ClientOutcome.Of(c.Templates.ViewTemplatesWithResponseAsync(
            a.Query("app_id"), a.QueryInt64("limit"), a.QueryInt64("offset"),
            a.OptionalQuery("channel") is { } channel ? new ViewTemplatesChannel(channel) : (ViewTemplatesChannel?)null, t));
        all["create_template"] = (c, a, t) => ClientOutcome.Of(c.Templates.CreateTemplateWithResponseAsync(a.Body(Json.CreateTemplateRequest), t));
        all["view_template"] = (c, a, t) => ClientOutcome.Of(c.Templates.ViewTemplateWithResponseAsync(a.Path("template_id"), a.Query("app_id"), t));
        all["update_template"] = (c, a, t) => ClientOutcome.Of(c.Templates.UpdateTemplateWithResponseAsync(a.Path("template_id"), a.Query("app_id"), a.Body(Json.UpdateTemplateRequest), t));
        all["delete_template"] = (c, a, t) => ClientOutcome.Of(c.Templates.DeleteTemplateWithResponseAsync(a.Path("template_id"), a.Query("app_id"), t));
        all["copy_template_to_app"] = (c, a, t) => ClientOutcome.Of(c.Templates.CopyTemplateToAppWithResponseAsync(a.Path("template_id"), a.Query("app_id"), a.Body(Json.CopyTemplateRequest), t));

        all["export_events"] = (c, a, t) => ClientOutcome.Of(c.Exports.ExportEventsWithResponseAsync(a.Path("notification_id"), a.Query("app_id"), t));
        all["export_subscriptions"] = (c, a, t) => ClientOutcome.Of(c.Exports.ExportSubscriptionsWithResponseAsync(a.Query("app_id"), a.OptionalBody(Json.ExportSubscriptionsRequest), t));
    }
}
