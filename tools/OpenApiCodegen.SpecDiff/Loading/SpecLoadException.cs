namespace OpenApiCodegen.SpecDiff.Loading;

/// <summary>
/// A spec that cannot be compared: missing, unreadable, not YAML/JSON, or not an OpenAPI document.
/// The message names the file (and the line when known) and says what is wrong, ready for a user.
/// </summary>
public sealed class SpecLoadException(string message, Exception? inner = null) : Exception(message, inner);
