using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Spec;

namespace OpenApiCodegen.ContractTesting.Recorder;

/// <summary>
/// Looks for secrets in committed recordings: a recording the redactor would still change holds something
/// that looks like a key, token, email address or phone number. Reports where, never the value.
/// </summary>
public static class SecretScan
{
    public static IEnumerable<Finding> Scan(Recordings.Recording recording, OperationSpec operation, Profiles.ContractProfile profile)
    {
        JsonObject? mapping;
        try
        {
            mapping = JsonNode.Parse(File.ReadAllText(recording.FullPath)) as JsonObject;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            yield break; // the loader has reported it
        }

        if (mapping is null)
        {
            yield break;
        }

        var redactor = profile.Redactor();
        try
        {
            redactor.Redact(mapping, operation.Path.ParameterPositions);
        }
        catch (ArgumentException)
        {
            // A property name repeated in the mapping itself; the replay reports what that does.
            yield break;
        }

        foreach (var redaction in redactor.Redactions.DistinctBy(r => (r.Location, r.Kind)))
        {
            yield return Finding.Of(Rules.RecordingSecret, recording.OperationId, recording.RelativePath, redaction.Location,
                $"{redaction.Location} looks like an unredacted {redaction.Kind}; replace it with a placeholder (see recordings/README.md)", "a placeholder", Excerpt.A(redaction.Kind));
        }
    }
}
