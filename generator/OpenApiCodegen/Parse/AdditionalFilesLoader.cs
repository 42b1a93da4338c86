using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.OpenApi;

namespace OpenApiCodegen.Parse;

/// <summary>
/// Serves external <c>$ref</c> targets from the project's AdditionalFiles only: a generator must
/// not read the disk or the network (RS1035), and a build must not depend on what a URL returns.
/// A reference to anything else gets an empty document, so its targets stay unresolved (the
/// reader reports them), and is remembered so the reader can say which file is missing.
/// </summary>
internal sealed class AdditionalFilesLoader : IStreamLoader
{
    private const string EmptyDocument = "{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"missing\",\"version\":\"0\"},\"paths\":{}}";

    private readonly Dictionary<string, string> _filesByFullPath = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>References (as written in the spec) that named a file which is not an AdditionalFile.</summary>
    public List<string> MissingFiles { get; } = new();

    public AdditionalFilesLoader(IEnumerable<SpecFile> files)
    {
        foreach (var file in files)
        {
            _filesByFullPath[Normalize(file.Path)] = file.Text;
        }
    }

    public Task<Stream> LoadAsync(Uri baseUrl, Uri uri, CancellationToken cancellationToken)
    {
        var resolved = uri.IsAbsoluteUri ? uri : new Uri(baseUrl, uri);
        if (resolved.IsFile && _filesByFullPath.TryGetValue(Normalize(resolved.LocalPath), out var text))
        {
            return Task.FromResult<Stream>(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        }

        MissingFiles.Add(uri.OriginalString);
        return Task.FromResult<Stream>(new MemoryStream(Encoding.UTF8.GetBytes(EmptyDocument)));
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
