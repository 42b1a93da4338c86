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
/// A reference to anything else fails, and OpenAPI.NET reports it as unresolved.
/// </summary>
internal sealed class AdditionalFilesLoader : IStreamLoader
{
    private readonly Dictionary<string, string> _filesByFullPath = new(StringComparer.OrdinalIgnoreCase);

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

        throw new FileNotFoundException(
            $"'{uri}' is not one of the project's AdditionalFiles; add it as <AdditionalFiles Include=\"...\" /> to make it resolvable");
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
