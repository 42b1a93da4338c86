using System.Reflection;
using System.Text.RegularExpressions;

namespace OneSignal.Tests.Infrastructure;

/// <summary>
/// One operation of the generated client, found by reflection on <see cref="IOneSignalClient"/>'s groups
/// (<c>client.Apps.GetAppsAsync</c> is get_apps), and a way to call it with placeholder arguments, so a
/// test can cover every operation without naming each.
/// </summary>
internal sealed partial record ClientOperation(string OperationId, PropertyInfo Group, MethodInfo Method)
{
    public static IReadOnlyList<ClientOperation> All { get; } = Find();

    public static ClientOperation Get(string operationId) => All.Single(o => o.OperationId == operationId);

    /// <summary>
    /// Calls the operation: ids are placeholders, bodies are new instances (reflection does not enforce
    /// <c>required</c>), optional parameters are left out.
    /// </summary>
    public Task Call(IOneSignalClient client)
    {
        var group = Group.GetValue(client)!;
        var arguments = Method.GetParameters().Select(Argument).ToArray();
        return (Task)Method.Invoke(group, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null)!;
    }

    public override string ToString() => $"{OperationId} ({Group.Name}.{Method.Name})";

    private static object? Argument(ParameterInfo parameter)
    {
        if (parameter.HasDefaultValue)
        {
            return parameter.ParameterType == typeof(CancellationToken) ? CancellationToken.None : null;
        }

        if (parameter.ParameterType == typeof(string))
        {
            return parameter.Name + "-1";
        }

        return Activator.CreateInstance(parameter.ParameterType)
            ?? throw new InvalidOperationException($"No placeholder for {parameter.ParameterType} {parameter.Name}.");
    }

    private static List<ClientOperation> Find()
    {
        var operations = new List<ClientOperation>();
        foreach (var group in typeof(IOneSignalClient).GetProperties())
        {
            foreach (var method in group.PropertyType.GetMethods())
            {
                // Each operation is XAsync and XWithResponseAsync; the first is enough to name it. A paged one also has
                // XAllAsync, an IAsyncEnumerable, not an operation of its own.
                if (method.Name.EndsWith("Async", StringComparison.Ordinal) && !method.Name.EndsWith("WithResponseAsync", StringComparison.Ordinal)
                    && typeof(Task).IsAssignableFrom(method.ReturnType))
                {
                    var pascal = method.Name[..^"Async".Length];
                    operations.Add(new ClientOperation(WordStart().Replace(pascal, "_$1").ToLowerInvariant(), group, method));
                }
            }
        }

        return operations;
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}
