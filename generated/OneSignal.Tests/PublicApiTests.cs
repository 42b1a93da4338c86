using OneSignal.Tests.Infrastructure;

namespace OneSignal.Tests;

/// <summary>
/// The declared public API (OneSignal/PublicAPI.*.txt) covers the generated types, not only the
/// hand-written ones: the build enforces the files only for what the analyzer sees, so this shows it
/// sees the source generator's output.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string[] Shipped = File.ReadAllLines(RepositoryRoot.File("generated", "OneSignal", "PublicAPI.Shipped.txt"));
    private static readonly string[] Unshipped = File.ReadAllLines(RepositoryRoot.File("generated", "OneSignal", "PublicAPI.Unshipped.txt"));
    private static readonly HashSet<string> Declared = [.. Shipped, .. Unshipped];

    [Fact]
    public void EveryPublicTypeOfTheAssemblyIsDeclared()
    {
        var types = typeof(OneSignalClient).Assembly.GetExportedTypes();

        Assert.True(types.Length > 100, $"only {types.Length} public types: is the spec still generated?");
        Assert.All(types, type => Assert.Contains(Name(type), Declared));
    }

    [Fact]
    public void GeneratedMembersAreDeclaredWithTheirNullability()
    {
        // Without it the analyzer tracks no nullability, and a spec change from optional to required would not show.
        Assert.Equal(("#nullable enable", "#nullable enable"), (Shipped[0], Unshipped[0]));
        Assert.Contains("OneSignal.INotificationsClient.CreateNotificationAsync(OneSignal.Notification! body, System.Threading.CancellationToken cancellationToken = default(System.Threading.CancellationToken)) -> System.Threading.Tasks.Task<OneSignal.CreateNotificationSuccessResponse!>!", Declared);
        Assert.Contains("OneSignal.OneSignalClientOptions.OrganizationApiKey.get -> string?", Declared);
    }

    /// <summary>A type as the PublicAPI files write it: <c>OneSignal.OneSignalApiException&lt;TError&gt;</c>.</summary>
    private static string Name(Type type)
    {
        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        return name[..name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(a => a.Name)) + ">";
    }
}
