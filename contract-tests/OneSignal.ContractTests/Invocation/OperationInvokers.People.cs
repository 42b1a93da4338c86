namespace OneSignal.ContractTests.Invocation;

/// <summary>Users, Aliases, Subscriptions and Custom Events.</summary>
public static partial class OperationInvokers
{
    private static void AddPeople(Dictionary<string, Invocation> all)
    {
        all["create_user"] = (c, a, t) => ClientOutcome.Of(c.Users.CreateUserWithResponseAsync(a.Path("app_id"), a.Body(Json.User), t));
        all["get_user"] = (c, a, t) => ClientOutcome.Of(c.Users.GetUserWithResponseAsync(a.Path("app_id"), a.Path("alias_label"), a.Path("alias_id"), t));
        all["update_user"] = (c, a, t) => ClientOutcome.Of(c.Users.UpdateUserWithResponseAsync(a.Path("app_id"), a.Path("alias_label"), a.Path("alias_id"), a.Body(Json.UpdateUserRequest), t));
        all["delete_user"] = (c, a, t) => ClientOutcome.Of(c.Users.DeleteUserWithResponseAsync(a.Path("app_id"), a.Path("alias_label"), a.Path("alias_id"), t));

        all["get_aliases"] = (c, a, t) => ClientOutcome.Of(c.Aliases.GetAliasesWithResponseAsync(a.Path("app_id"), a.Path("alias_label"), a.Path("alias_id"), t));
        all["create_alias"] = (c, a, t) => ClientOutcome.Of(c.Aliases.CreateAliasWithResponseAsync(a.Path("app_id"), a.Path("alias_label"), a.Path("alias_id"), a.Body(Json.UserIdentityBody), t));
        all["delete_alias"] = (c, a, t) => ClientOutcome.Of(c.Aliases.DeleteAliasWithResponseAsync(a.Path("app_id"), a.Path("alias_label"), a.Path("alias_id"), a.Path("alias_label_to_delete"), t));
        all["get_aliases_by_subscription"] = (c, a, t) => ClientOutcome.Of(c.Aliases.GetAliasesBySubscriptionWithResponseAsync(a.Path("app_id"), a.Path("subscription_id"), t));
        all["create_alias_by_subscription"] = (c, a, t) => ClientOutcome.Of(c.Aliases.CreateAliasBySubscriptionWithResponseAsync(a.Path("app_id"), a.Path("subscription_id"), a.Body(Json.UserIdentityBody), t));

        all["create_subscription"] = (c, a, t) => ClientOutcome.Of(c.Subscriptions.CreateSubscriptionWithResponseAsync(a.Path("app_id"), a.Path("alias_label"), a.Path("alias_id"), a.Body(Json.SubscriptionBody), t));
        all["update_subscription"] = (c, a, t) => ClientOutcome.Of(c.Subscriptions.UpdateSubscriptionWithResponseAsync(a.Path("app_id"), a.Path("subscription_id"), a.Body(Json.SubscriptionBody), t));
        all["delete_subscription"] = (c, a, t) => ClientOutcome.Of(c.Subscriptions.DeleteSubscriptionWithResponseAsync(a.Path("app_id"), a.Path("subscription_id"), t));
        all["transfer_subscription"] = (c, a, t) => ClientOutcome.Of(c.Subscriptions.TransferSubscriptionWithResponseAsync(a.Path("app_id"), a.Path("subscription_id"), a.Body(Json.TransferSubscriptionRequestBody), t));
        all["update_subscription_by_token"] = (c, a, t) => ClientOutcome.Of(c.Subscriptions.UpdateSubscriptionByTokenWithResponseAsync(a.Path("app_id"), a.Path("token_type"), a.Path("token"), a.Body(Json.SubscriptionBody), t));
        all["unsubscribe_email_with_token"] = (c, a, t) => ClientOutcome.Of(c.Subscriptions.UnsubscribeEmailWithTokenWithResponseAsync(a.Path("app_id"), a.Path("notification_id"), a.Query("token"), t));

        all["create_custom_events"] = (c, a, t) => ClientOutcome.Of(c.CustomEvents.CreateCustomEventsWithResponseAsync(a.Path("app_id"), a.Body(Json.CustomEventsRequest), t));
    }
}
