namespace OpenApiCodegen.ContractTesting.Recordings;

/// <summary>
/// One recording: a WireMock.Net mapping file under <c>&lt;recordings&gt;/&lt;operationId&gt;/</c>.
/// <see cref="RelativePath"/> (with forward slashes) is how findings and the baseline name it.
/// </summary>
public sealed record Recording(string FullPath, string RelativePath, string OperationId, string Title, RecordedRequest Request, RecordedResponse Response)
{
    public override string ToString() => RelativePath;
}
