using System.CommandLine;
using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.SpecDiff;
using OpenApiCodegen.SpecDiff.CSharp;
using OpenApiCodegen.SpecDiff.Loading;
using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Reports;

namespace OpenApiCodegen.Cli.Commands;

/// <summary>
/// <c>diff &lt;old&gt; &lt;new&gt;</c>: what a new version of a spec breaks for code generated from the old
/// one, before regenerating. Exit code 0: nothing at or above <c>--fail-on</c>; 1: something is;
/// 2: a spec could not be read or the report could not be written.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var oldSpec = new Argument<FileInfo>("old") { Description = "The spec the current code was generated from (YAML or JSON, 2.0/3.0/3.1)." };
        var newSpec = new Argument<FileInfo>("new") { Description = "The new version of the spec." };
        var format = new Option<ReportFormat>("--format") { Description = "Report format: text, markdown, json, junit, or api (the generated public API delta, like a PublicAPI.Shipped.txt diff).", DefaultValueFactory = _ => ReportFormat.Text };
        var output = new Option<FileInfo?>("--out") { Description = "Write the report to this file instead of the console." };
        var failOn = new Option<FailOn>("--fail-on") { Description = "Exit with 1 when a change is at least: breaking, potential, warning (new nullable warnings) or any.", DefaultValueFactory = _ => FailOn.Breaking };
        var @namespace = new Option<string?>("--namespace") { Description = "The namespace the client is generated in (default: from the old spec's file name, as a project would)." };
        var clientName = new Option<string?>("--client-name") { Description = "The client's class name (default: from the old spec's file name, e.g. OnesignalClient for onesignal.yaml)." };

        var command = new Command("diff", "Compare two versions of a spec and report what changes for the generated C#, and whether it breaks.")
        {
            oldSpec, newSpec, format, output, failOn, @namespace, clientName,
        };
        // The invocation's writers (the console unless a caller redirects them) keep the command testable.
        command.SetAction(parse => Run(
            parse.GetValue(oldSpec)!, parse.GetValue(newSpec)!, parse.GetValue(format), parse.GetValue(output), parse.GetValue(failOn),
            InProcessClientCompiler.DefaultIdentity(parse.GetValue(oldSpec)!.FullName, parse.GetValue(@namespace), parse.GetValue(clientName)),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(
        FileInfo oldSpec, FileInfo newSpec, ReportFormat format, FileInfo? output, FailOn failOn, ClientIdentity identity, TextWriter console, TextWriter errors)
    {
        LoadedSpec before;
        LoadedSpec after;
        try
        {
            before = SpecLoader.LoadFile(oldSpec.ToString());
            after = SpecLoader.LoadFile(newSpec.ToString());
        }
        catch (SpecLoadException e)
        {
            errors.WriteLine($"error: {e.Message}");
            return 2;
        }

        // Problems OpenAPI.NET read past: the comparison runs on what it could read, so say so.
        foreach (var spec in new[] { before, after })
        {
            foreach (var warning in spec.Warnings)
            {
                errors.WriteLine($"warning: {spec.Path}: {warning}");
            }
        }

        // Both versions are generated and compiled in memory with the same names, so the C# view is what a rebuild sees.
        var result = SpecDiffer.Compare(before, after, identity, InProcessClientCompiler.Instance);
        foreach (var note in result.Notes)
        {
            errors.WriteLine($"warning: {note}");
        }

        var report = ReportWriter.Render(result, format, failOn);
        if (output is null)
        {
            console.Write(report);
        }
        else
        {
            try
            {
                output.Directory?.Create();
                File.WriteAllText(output.FullName, report);
            }
            catch (Exception e) when (OutputFailure.IsWriteFailure(e))
            {
                errors.WriteLine(OutputFailure.ForFile(output.FullName, e));
                return OutputFailure.ExitCode;
            }

            console.WriteLine($"diff: {result.Summary}; report written to {output.FullName}");
        }

        return result.Fails(failOn) ? 1 : 0;
    }
}
