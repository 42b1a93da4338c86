using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.SpecDiff.CSharp;
using OpenApiCodegen.SpecDiff.Loading;
using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Rules;
using OpenApiCodegen.SpecDiff.Tests.Infrastructure;

namespace OpenApiCodegen.SpecDiff.Tests.CSharp;

/// <summary>
/// The diff's C# view against a compiler, over OneSignal's 30 published steps: the breaking C# changes it reports are
/// exactly the old symbols whose use (by <see cref="ApiProbe"/>) stops compiling against the new client, and every symbol
/// it names is one the generator emits. Each version is generated and compiled in memory once per run.
/// </summary>
public sealed class CSharpHistoryTests
{
    private static readonly ClientIdentity Identity = new("OneSignal", "OnesignalClient");
    private static readonly CachingCompiler Compiler = new();
    private static readonly ConcurrentDictionary<string, DiffResult> Diffs = new(StringComparer.Ordinal);

    public static TheoryData<string, string> ConsecutiveSteps => new(OneSignalVersions.Files.Zip(OneSignalVersions.Files.Skip(1)));

    [Theory]
    [MemberData(nameof(ConsecutiveSteps))]
    public void The_breaking_CSharp_changes_are_those_a_compiler_finds(string older, string newer)
    {
        var result = Diff(older, newer);
        var oldClient = Compiler.Of(older);
        var (probe, symbols) = ApiProbe.For(oldClient);
        var (_, _, errorsAgainstOld) = ApiProbe.Run(probe, symbols, oldClient);
        Assert.Empty(errorsAgainstOld);

        var (broken, _, _) = ApiProbe.Run(probe, symbols, Compiler.Of(newer));
        var reported = result.Changes
            .Where(change => change.Rule.IsCSharp() && change.Level == ChangeLevel.Breaking)
            .SelectMany(change => change.Symbols)
            .ToHashSet(StringComparer.Ordinal);
        // A member of a type that is gone is broken as the type is (a method that moved out of it says where it went).
        reported.RemoveWhere(symbol => symbol.Contains('.', StringComparison.Ordinal) && reported.Contains(symbol[..symbol.LastIndexOf('.')]));

        var missed = broken.Except(reported).Order(StringComparer.Ordinal).ToList();
        var wrong = reported.Except(broken).Order(StringComparer.Ordinal).ToList();
        Assert.True(missed.Count == 0 && wrong.Count == 0,
            $"broken for the compiler, not reported breaking: {string.Join(", ", missed)}\nreported breaking, still compiles: {string.Join(", ", wrong)}");
    }

    [Theory]
    [MemberData(nameof(ConsecutiveSteps))]
    public void Every_symbol_named_is_one_the_generator_emits(string older, string newer)
    {
        var result = Diff(older, newer);
        var emitted = Symbols(Compiler.Of(older)).Concat(Symbols(Compiler.Of(newer))).ToHashSet(StringComparer.Ordinal);

        var unknown = result.Changes.SelectMany(change => change.Symbols).Where(symbol => !emitted.Contains(symbol)).Distinct().ToList();

        Assert.Empty(unknown);
    }

    internal static DiffResult Diff(string older, string newer) => Diffs.GetOrAdd(older + "|" + newer, _ =>
        SpecDiffer.Compare(SpecLoader.LoadFile(OneSignalVersions.PathOf(older)), SpecLoader.LoadFile(OneSignalVersions.PathOf(newer)), Identity, Compiler));

    private static IEnumerable<string> Symbols(Compilation client)
    {
        foreach (var type in ApiSurfaceReader.Read(client).Types.Values)
        {
            yield return type.Name;
            foreach (var member in type.Members.Values)
            {
                yield return member.Symbol;
            }
        }
    }

    /// <summary>The CLI's in-process generator, once per version file.</summary>
    private sealed class CachingCompiler : IClientCompiler
    {
        private readonly ConcurrentDictionary<string, GeneratedClient> _compiled = new(StringComparer.Ordinal);

        public Compilation Of(string file) => _compiled.GetOrAdd(OneSignalVersions.PathOf(file), path =>
            Compile(path, File.ReadAllText(path), Identity, out var errors) ?? throw new InvalidOperationException(string.Join("\n", errors))).Compilation;

        public GeneratedClient? Compile(string path, string text, ClientIdentity identity, out IReadOnlyList<string> errors)
        {
            if (_compiled.TryGetValue(path, out var known))
            {
                errors = [];
                return known;
            }

            var client = InProcessClientCompiler.Instance.Compile(path, text, identity, out errors);
            if (client is not null)
            {
                _compiled[path] = client;
            }

            return client;
        }
    }
}
