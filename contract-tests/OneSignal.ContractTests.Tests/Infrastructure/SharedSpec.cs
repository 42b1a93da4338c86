using OpenApiCodegen.ContractTesting.Spec;

namespace OneSignal.ContractTests.Tests.Infrastructure;

/// <summary>spec/onesignal.yaml, loaded once for all tests: converting its schemas is the slow part of a run.</summary>
internal static class SharedSpec
{
    private static readonly Lazy<Task<SpecDocument>> Loaded = new(() => SpecDocument.LoadAsync(Repository.Spec));

    public static Task<SpecDocument> GetAsync() => Loaded.Value;
}
