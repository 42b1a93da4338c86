using System.Text.Json;

namespace OneSignal.Tests.Infrastructure;

/// <summary>Reads the parts of a JSON request body that tests compare.</summary>
internal static class JsonAssert
{
    /// <summary>The string at a dotted path ("contents.en"); fails when it is absent or not a string.</summary>
    public static string String(JsonElement root, string path)
    {
        var value = At(root, path);
        Assert.True(value.ValueKind == JsonValueKind.String, $"{path} is {value.ValueKind}, expected a string in {root}");
        return value.GetString()!;
    }

    /// <summary>The strings of the array at a dotted path.</summary>
    public static string[] Strings(JsonElement root, string path)
    {
        var value = At(root, path);
        Assert.True(value.ValueKind == JsonValueKind.Array, $"{path} is {value.ValueKind}, expected an array in {root}");
        return value.EnumerateArray().Select(item => item.GetString()!).ToArray();
    }

    public static void Absent(JsonElement root, string name)
        => Assert.False(root.TryGetProperty(name, out _), $"{name} should not be sent: {root}");

    public static JsonElement At(JsonElement root, string path)
    {
        var value = root;
        foreach (var name in path.Split('.'))
        {
            Assert.True(value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out value), $"{path} is missing from {root}");
        }

        return value;
    }
}
