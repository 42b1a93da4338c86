namespace OpenApiCodegen.Benchmarks.BuildCost;

/// <summary>How much C# a client adds to a project: files, lines and bytes (UTF-8).</summary>
internal sealed record SourceSize(int Files, long Lines, long Bytes)
{
    public static SourceSize Of(IEnumerable<string> sources)
    {
        var files = 0;
        long lines = 0, bytes = 0;
        foreach (var source in sources)
        {
            files++;
            lines += source.Count(c => c == '\n');
            bytes += System.Text.Encoding.UTF8.GetByteCount(source);
        }

        return new SourceSize(files, lines, bytes);
    }

    public static SourceSize OfFolder(string folder)
        => Of(Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));

    public override string ToString() => $"{Files:N0} files, {Lines:N0} lines, {Bytes / 1024.0 / 1024.0:N2} MB";
}
