using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>The kitchen-sink spec (Specs/kitchen-sink.yaml): every schema construct in one place.</summary>
internal static class KitchenSinkSpec
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "kitchen-sink.yaml"));

    public static SpecItem Spec => new("/specs/kitchen-sink.yaml", Text, "Kitchen.Sink", "KitchenClient");

    public static GenerationResult Run(string? csharp = null) => GeneratorHarness.Run(new[] { Spec }, csharp);
}
