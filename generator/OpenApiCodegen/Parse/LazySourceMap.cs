using SharpYaml.Serialization;

namespace OpenApiCodegen.Parse;

/// <summary>
/// A spec's source map, built at most once: from the reader's own parse when there is one, else by parsing the text
/// again the first time a diagnostic needs a location.
/// </summary>
internal sealed class LazySourceMap
{
    private readonly string _path;
    private readonly string _text;
    private SourceMap? _map;

    public LazySourceMap(string path, string text)
    {
        _path = path;
        _text = text;
    }

    public SourceMap Value => _map ??= SourceMap.Build(_path, _text);

    /// <summary>Keeps the root of a parse done anyway, so no diagnostic parses the text a second time.</summary>
    public void Parsed(YamlNode? root) => _map ??= SourceMap.Of(_path, root);
}
