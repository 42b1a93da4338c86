using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// Usage: OpenApiCodegen.CompilerFloor <analyzer folder of the packed generator> <spec.yaml>
// Exit code 0 when the generator runs under this compiler, reports no error, and its output compiles without a warning.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: OpenApiCodegen.CompilerFloor <analyzers/dotnet/cs folder> <spec.yaml>");
    return 2;
}

var (analyzerFolder, specPath) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));
Console.WriteLine($"compiler: Microsoft.CodeAnalysis.CSharp {typeof(CSharpCompilation).Assembly.GetName().Version}");

// The generator's own dependencies (OpenAPI.NET, SharpYaml) load from its folder, as the compiler loads them.
AssemblyLoadContext.Default.Resolving += (context, name) =>
{
    var candidate = Path.Combine(analyzerFolder, name.Name + ".dll");
    return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
};
var generatorAssembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.Combine(analyzerFolder, "OpenApiCodegen.dll"));
var generators = generatorAssembly.GetTypes()
    .Where(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract)
    .Select(t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator())
    .ToList();

var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp11, DocumentationMode.Diagnose);
var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
    .Select(path => MetadataReference.CreateFromFile(path));
var compilation = CSharpCompilation.Create("Floor",
    [CSharpSyntaxTree.ParseText("namespace Floor { internal static class Program { private static void Main() { } } }", parseOptions.WithDocumentationMode(DocumentationMode.Parse))],
    references,
    new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

var spec = new SpecText(specPath, File.ReadAllText(specPath));
var options = new SpecOptions(spec);
var driver = CSharpGeneratorDriver.Create(generators, [spec], parseOptions, options)
    .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

var result = driver.GetRunResult();
var sources = result.Results.Sum(r => r.GeneratedSources.Length);
var exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
var problems = generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
    .Concat(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning))
    .ToList();
Console.WriteLine($"generated {sources} files; {problems.Count} errors and warnings");
foreach (var problem in problems.Take(20))
{
    Console.WriteLine(problem);
}

if (exception is not null)
{
    Console.WriteLine("the generator threw: " + exception);
}

return exception is null && problems.Count == 0 && sources > 0 ? 0 : 1;

/// <summary>The spec, as an AdditionalFiles entry.</summary>
internal sealed class SpecText(string path, string text) : AdditionalText
{
    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

/// <summary>The metadata the package's build props make visible: the file is a spec, in namespace Floor.Api.</summary>
internal sealed class SpecOptions(AdditionalText spec) : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);
    private readonly Options _spec = new(ImmutableDictionary<string, string>.Empty
        .Add("build_metadata.AdditionalFiles.OpenApiSpec", "true")
        .Add("build_metadata.AdditionalFiles.Namespace", "Floor.Api"));

    public override AnalyzerConfigOptions GlobalOptions => Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile == spec ? _spec : Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
