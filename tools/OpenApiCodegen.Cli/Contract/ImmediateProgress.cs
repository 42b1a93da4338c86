namespace OpenApiCodegen.Cli.Contract;

/// <summary>
/// Reports progress on the calling thread, at once. <see cref="Progress{T}"/> posts to the thread pool,
/// which would print lines out of order or after the run has finished.
/// </summary>
internal sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
