namespace OneSignal.ContractTests.Invocation;

/// <summary>Calls one operation's <c>...WithResponseAsync</c> method with arguments read from a recording.</summary>
public delegate Task<ClientOutcome> Invocation(IOneSignalClient client, CallArguments arguments, CancellationToken cancellationToken);
