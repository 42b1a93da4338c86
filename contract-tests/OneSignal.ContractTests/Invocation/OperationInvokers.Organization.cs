namespace OneSignal.ContractTests.Invocation;

/// <summary>Apps, API Keys and Audit Logs: the operations that take the organization API key.</summary>
public static partial class OperationInvokers
{
    private static void AddOrganization(Dictionary<string, Invocation> all)
    {
        all["get_apps"] = (c, a, t) => ClientOutcome.Of(c.Apps.GetAppsWithResponseAsync(t));
        all["create_app"] = (c, a, t) => ClientOutcome.Of(c.Apps.CreateAppWithResponseAsync(a.Body(Json.App), t));
        all["get_app"] = (c, a, t) => ClientOutcome.Of(c.Apps.GetAppWithResponseAsync(a.Path("app_id"), t));
        all["update_app"] = (c, a, t) => ClientOutcome.Of(c.Apps.UpdateAppWithResponseAsync(a.Path("app_id"), a.Body(Json.App), t));

        all["view_api_keys"] = (c, a, t) => ClientOutcome.Of(c.ApiKeys.ViewApiKeysWithResponseAsync(a.Path("app_id"), t));
        all["create_api_key"] = (c, a, t) => ClientOutcome.Of(c.ApiKeys.CreateApiKeyWithResponseAsync(a.Path("app_id"), a.Body(Json.CreateApiKeyRequest), t));
        all["update_api_key"] = (c, a, t) => ClientOutcome.Of(c.ApiKeys.UpdateApiKeyWithResponseAsync(a.Path("app_id"), a.Path("token_id"), a.Body(Json.UpdateApiKeyRequest), t));
        all["delete_api_key"] = (c, a, t) => ClientOutcome.Of(c.ApiKeys.DeleteApiKeyWithResponseAsync(a.Path("app_id"), a.Path("token_id"), t));
        all["rotate_api_key"] = (c, a, t) => ClientOutcome.Of(c.ApiKeys.RotateApiKeyWithResponseAsync(a.Path("app_id"), a.Path("token_id"), t));

        all["list_audit_logs"] = (c, a, t) => ClientOutcome.Of(c.AuditLogs.ListAuditLogsWithResponseAsync(
            a.Path("organization_id"), a.OptionalQuery("start_time"), a.OptionalQuery("end_time"), a.OptionalQuery("cursor"), a.QueryInt64("limit"),
            a.QueryList("app_ids"), a.QueryList("actions"), a.QueryList("actor_ids"), a.QueryList("actor_emails"),
            a.QueryList("target_types"), a.QueryList("target_ids"), a.QueryList("ip_addresses"), t));
    }
}
