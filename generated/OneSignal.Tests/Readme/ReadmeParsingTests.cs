using OneSignal.Tests.Infrastructure;

namespace OneSignal.Tests.Readme;

/// <summary>How examples are found in the README, and that the harness fails on a broken one.</summary>
public sealed class ReadmeParsingTests
{
    [Fact]
    public void AMarkedBlockIsFoundWithTheReadmeLineOfItsFirstLineOfCode()
    {
        string[] lines = ["# Title", "", "<!-- example: hello -->", "```csharp", "var a = 1;", "var b = a;", "```", "", "```bash", "echo hi", "```"];

        var example = Assert.Single(ReadmeExample.Parse(lines));

        Assert.Equal("hello", example.Name);
        Assert.Equal("var a = 1;\nvar b = a;", example.Code);
        Assert.Equal(5, example.Line);
    }

    [Fact]
    public void ACSharpBlockWithoutAMarkerIsAnError()
    {
        string[] lines = ["Text", "```csharp", "var a = 1;", "```"];

        var error = Assert.Throws<FormatException>(() => ReadmeExample.Parse(lines));

        Assert.Contains("README.md(2)", error.Message);
    }

    [Fact]
    public void AMarkerThatIsNotRightBeforeACSharpBlockIsAnError()
    {
        string[] lines = ["<!-- example: lost -->", "Some prose.", "```csharp", "var a = 1;", "```"];

        var error = Assert.Throws<FormatException>(() => ReadmeExample.Parse(lines));

        Assert.Contains("example: lost", error.Message);
    }

    [Fact]
    public void ANameUsedTwiceIsAnError()
    {
        string[] lines = ["<!-- example: twice -->", "```csharp", "var a = 1;", "```", "<!-- example: twice -->", "```csharp", "var b = 2;", "```"];

        Assert.Throws<FormatException>(() => ReadmeExample.Parse(lines));
    }

    [Fact]
    public void AnExampleThatDoesNotCompileFailsWithTheReadmeLine()
    {
        var example = new ReadmeExample("broken", "var sent = await client.Notifications.SendAsync(appId);", 42);

        var error = Assert.Throws<ExampleCompilationException>(() => ExampleCompiler.Compile(example, ExampleShape.UsesClient));

        Assert.Contains("generated/README.md(42,", error.Message);
        Assert.Contains("SendAsync", error.Message);
    }

    [Fact]
    public void AnExampleWithANullableWarningDoesNotCompile()
    {
        // Warnings are errors, as in the repository's projects: a README must not teach code that warns.
        var example = new ReadmeExample("warns", "string text = null;\nawait Task.Yield();", 7);

        var error = Assert.Throws<ExampleCompilationException>(() => ExampleCompiler.Compile(example, ExampleShape.UsesClient));

        Assert.Contains("CS8600", error.Message);
    }

    [Fact]
    public async Task AnExampleThatFailsWhenRunFailsTheTest()
    {
        using var fake = new FakeOneSignal();
        fake.Answer("GET", $"/apps/{FakeOneSignal.AppId}", 500, """{"errors":["Internal Server Error"]}""");
        var example = new ReadmeExample("fails", "await client.Apps.GetAppAsync(appId);", 1);
        var run = (Task)ExampleCompiler.Invoke(ExampleCompiler.Compile(example, ExampleShape.UsesClient), fake.Client(), FakeOneSignal.AppId)!;

        var error = await Assert.ThrowsAsync<OneSignalApiException<GenericError>>(() => run);

        Assert.Equal(500, error.StatusCode);
    }
}
