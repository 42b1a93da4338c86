namespace OneSignal.ContractTests.Recordings;

/// <summary>A recording is not a usable mapping; the message says what is wrong (the caller adds the file).</summary>
public sealed class RecordingFormatException(string message, Exception? inner = null) : Exception(message, inner);
