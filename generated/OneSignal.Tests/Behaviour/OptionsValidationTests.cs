using Microsoft.Extensions.DependencyInjection;

namespace OneSignal.Tests.Behaviour;

/// <summary>An invalid option fails where the client is set up, with a message that names it; valid ones pass.</summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<string, string> InvalidOptions => new()
    {
        { "negative retries", "OneSignalClientOptions.MaxRetries cannot be negative" },
        { "relative base address", "OneSignalClientOptions.BaseAddress must be an absolute URI" },
        { "zero timeout", "OneSignalClientOptions.Timeout must be positive" },
        { "negative timeout", "OneSignalClientOptions.Timeout must be positive" },
        { "negative base delay", "RetryBaseDelay" },
        { "negative max delay", "MaxRetryDelay" },
        { "negative max retry-after", "MaxRetryAfter" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void TheClientRejectsAnInvalidOptionWhenItIsCreated(string problem, string message)
    {
        using var http = new HttpClient();
        var options = Valid();
        Break(options, problem);

        var error = Assert.Throws<ArgumentException>(() => new OneSignalClient(http, options));

        Assert.Contains(message, error.Message);
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void AddOneSignalRejectsAnInvalidOptionAtOnceNotWhenTheClientIsFirstResolved(string problem, string message)
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddOneSignal(options =>
        {
            options.RestApiKey = "k";
            Break(options, problem);
        }));

        Assert.Contains(message, error.Message);
        Assert.Empty(services);
    }

    [Fact]
    public void TheDefaultsAndTheEdgesOfTheRangesAreValid()
    {
        using var http = new HttpClient();

        _ = new OneSignalClient(http, new OneSignalClientOptions());
        _ = new OneSignalClient(http, new OneSignalClientOptions
        {
            MaxRetries = 0,
            RetryBaseDelay = TimeSpan.Zero,
            MaxRetryDelay = TimeSpan.Zero,
            MaxRetryAfter = TimeSpan.Zero,
            Timeout = TimeSpan.FromMilliseconds(1),
            BaseAddress = new Uri("http://localhost:5000/onesignal/"),
        });
    }

    [Fact]
    public void MissingArgumentsAreRejected()
    {
        using var http = new HttpClient();

        Assert.Throws<ArgumentNullException>(() => new OneSignalClient(null!, new OneSignalClientOptions()));
        Assert.Throws<ArgumentNullException>(() => new OneSignalClient(http, null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddOneSignal(null!));
    }

    private static OneSignalClientOptions Valid() => new() { RestApiKey = "k", OrganizationApiKey = "o" };

    private static void Break(OneSignalClientOptions options, string problem)
    {
        switch (problem)
        {
            case "negative retries": options.MaxRetries = -1; break;
            case "relative base address": options.BaseAddress = new Uri("/api", UriKind.Relative); break;
            case "zero timeout": options.Timeout = TimeSpan.Zero; break;
            case "negative timeout": options.Timeout = TimeSpan.FromSeconds(-5); break;
            case "negative base delay": options.RetryBaseDelay = TimeSpan.FromMilliseconds(-1); break;
            case "negative max delay": options.MaxRetryDelay = TimeSpan.FromMilliseconds(-1); break;
            case "negative max retry-after": options.MaxRetryAfter = TimeSpan.FromMilliseconds(-1); break;
            default: throw new ArgumentOutOfRangeException(nameof(problem), problem, null);
        }
    }
}
