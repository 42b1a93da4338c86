using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>
/// The emitted source, file by file, against accepted snapshots (Snapshots/*.verified.cs).
/// Generated code is a product: these files are what a reviewer reads.
/// </summary>
public sealed class SnapshotTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Sources = new(() => KitchenSinkSpec.Run().Sources);

    [Theory]
    [InlineData("Filter")]
    [InlineData("Relation")]
    [InlineData("Priority")]
    [InlineData("FilterExpression")]
    [InlineData("StringOrNumber")]
    [InlineData("Shape")]
    [InlineData("Circle")]
    [InlineData("Merged")]
    [InlineData("Operator")]
    [InlineData("KitchenClientJsonContext")]
    public void EmittedFile(string typeName)
    {
        Snapshot.Match(Sources.Value["Kitchen.Sink." + typeName + ".g.cs"], suffix: typeName);
    }

    [Theory]
    [InlineData("PetsClient")]
    [InlineData("AuthClient")]
    [InlineData("PetShopClient")]
    [InlineData("FeedClient")]
    [InlineData("PetShopClient.Operations")]
    [InlineData("PetShopClientOptions")]
    [InlineData("PetShopApiException")]
    [InlineData("PetShopApiResponse")]
    [InlineData("AdoptPetRequest")]
    public void EmittedClientFile(string fileName)
    {
        Snapshot.Match(Client.ShopClientFixture.Run.Sources["Shop.Api." + fileName + ".g.cs"], suffix: fileName);
    }
}
