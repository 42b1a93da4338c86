using System.CommandLine;
using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Parse;

namespace OpenApiCodegen.Cli.Commands;

/// <summary><c>generate &lt;spec&gt; --out &lt;dir&gt;</c>: writes what the generator emits for a spec, for reading it.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var spec = new Argument<FileInfo>("spec") { Description = "The OpenAPI document (YAML or JSON, 2.0/3.0/3.1)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the generated .cs files to.", Required = true };
        var @namespace = new Option<string?>("--namespace") { Description = "Namespace of the generated code (default: from the file name)." };
        var clientName = new Option<string?>("--client-name") { Description = "Name of the client and JSON context (default: from the file name)." };
        var noCompile = new Option<bool>("--no-compile") { Description = "Only generate: skip compiling the output to check it (what a timing against other generators needs)." };

        var command = new Command("generate", "Generate C# from a spec and write the files, as the compiler would see them.")
        {
            spec, output, @namespace, clientName, noCompile,
        };
        // The invocation's writers (the console unless a caller redirects them) keep the command testable.
        command.SetAction(parse => Run(
            parse.GetValue(spec)!, parse.GetValue(output)!, parse.GetValue(@namespace), parse.GetValue(clientName), !parse.GetValue(noCompile),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo spec, DirectoryInfo output, string? @namespace, string? clientName, bool compile, TextWriter console, TextWriter errors)
    {
        if (!spec.Exists)
        {
            errors.WriteLine($"error: spec '{spec.FullName}' does not exist");
            return 2;
        }

        var item = SpecFiles.Load(spec.FullName, @namespace, clientName);
        // Files beside the spec matter only to its external $refs; most specs have none.
        var neighbours = DocumentReader.HasExternalReference(item.Text) ? SpecFiles.Neighbours(spec.FullName) : [];
        var result = compile ? InProcessGenerator.Run([item, .. neighbours]) : InProcessGenerator.GenerateOnly([item, .. neighbours]);
        foreach (var diagnostic in result.GeneratorDiagnostics)
        {
            errors.WriteLine(DiagnosticText.Format(diagnostic));
        }

        // A spec the generator refused yields no client, only the runtime helpers: writing those, or saying
        // the (empty) result "compiled cleanly", would read as success.
        if (result.GeneratorException is { } exception)
        {
            errors.WriteLine($"error: the generator failed on {spec.FullName}: {exception.GetType().Name}: {exception.Message}");
        }

        if (result.GeneratorException is not null || result.GeneratorErrors.Count > 0)
        {
            console.WriteLine($"generate: nothing generated for {spec.FullName}; see the errors above");
            return 1;
        }

        try
        {
            Write(result, output);
        }
        catch (Exception e) when (OutputFailure.IsWriteFailure(e))
        {
            errors.WriteLine(OutputFailure.ForFolder(output.FullName, e));
            return OutputFailure.ExitCode;
        }

        var problems = compile ? result.CompilationProblems : [];
        foreach (var problem in problems.Take(20))
        {
            errors.WriteLine(DiagnosticText.Format(problem));
        }

        console.WriteLine($"generate: {result.Sources.Count} files for {item.Namespace} in {output.FullName}"
                          + (!compile ? ", not compiled (--no-compile)" : problems.Count == 0 ? ", compiled cleanly" : $", {problems.Count} compiler problems"));
        return problems.Count > 0 ? 1 : 0;
    }

    private static void Write(GenerationResult result, DirectoryInfo output)
    {
        output.Create();
        foreach (var (hintName, text) in result.AllSources)
        {
            var target = hintName.StartsWith(GenerationResult.RuntimeHintPrefix, StringComparison.Ordinal)
                ? Path.Combine(output.FullName, "Runtime", hintName)
                : Path.Combine(output.FullName, hintName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
    }
}
