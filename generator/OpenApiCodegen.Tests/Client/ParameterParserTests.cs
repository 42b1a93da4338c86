using OpenApiCodegen.Operations;

namespace OpenApiCodegen.Tests.Client;

/// <summary>
/// Values taken back out of a request for every location, style, explode setting and shape, as the generated client's
/// serializer writes them (the catalog tests check the same end to end, through the client).
/// </summary>
public sealed class ParameterParserTests
{
    [Theory]
    [InlineData(ParameterLocation.Path, ParameterStyle.Simple, false, ValueShape.List, "/x/a%2C1,b", "[a,1, b]")]
    [InlineData(ParameterLocation.Path, ParameterStyle.Simple, false, ValueShape.Object, "/x/k,v%2F1,j,w", "{k=v/1, j=w}")]
    [InlineData(ParameterLocation.Path, ParameterStyle.Simple, true, ValueShape.Object, "/x/k=v,j=w", "{k=v, j=w}")]
    [InlineData(ParameterLocation.Path, ParameterStyle.Label, true, ValueShape.List, "/x/.a.b", "[a, b]")]
    [InlineData(ParameterLocation.Path, ParameterStyle.Label, false, ValueShape.Object, "/x/.k,v,j,w", "{k=v, j=w}")]
    [InlineData(ParameterLocation.Path, ParameterStyle.Label, true, ValueShape.Object, "/x/.k=v.j=w", "{k=v, j=w}")]
    [InlineData(ParameterLocation.Path, ParameterStyle.Matrix, false, ValueShape.Scalar, "/x/;p=a%3Bb", "a;b")]
    [InlineData(ParameterLocation.Path, ParameterStyle.Matrix, true, ValueShape.List, "/x/;p=a;p=b", "[a, b]")]
    [InlineData(ParameterLocation.Path, ParameterStyle.Matrix, false, ValueShape.Object, "/x/;p=k,v,j,w", "{k=v, j=w}")]
    [InlineData(ParameterLocation.Path, ParameterStyle.Matrix, true, ValueShape.Object, "/x/;k=v;j=w", "{k=v, j=w}")]
    [InlineData(ParameterLocation.Query, ParameterStyle.Form, true, ValueShape.Scalar, "/x?p=a%20b%2Bc+d", "a b+c d")]
    [InlineData(ParameterLocation.Query, ParameterStyle.Form, true, ValueShape.List, "/x?p=a&other=1&p=b%2Cc", "[a, b,c]")]
    [InlineData(ParameterLocation.Query, ParameterStyle.Form, false, ValueShape.List, "/x?p=a,b%2Cc", "[a, b,c]")]
    [InlineData(ParameterLocation.Query, ParameterStyle.Form, true, ValueShape.Object, "/x?k=v&other=1&j=w", "{k=v, j=w}")]
    [InlineData(ParameterLocation.Query, ParameterStyle.Form, false, ValueShape.Object, "/x?p=k,v,j,w", "{k=v, j=w}")]
    [InlineData(ParameterLocation.Query, ParameterStyle.DeepObject, true, ValueShape.Object, "/x?p%5Bk%5D=v&p[j]=w%20x", "{k=v, j=w x}")]
    [InlineData(ParameterLocation.Query, ParameterStyle.SpaceDelimited, false, ValueShape.List, "/x?p=a%20b", "[a, b]")]
    [InlineData(ParameterLocation.Query, ParameterStyle.PipeDelimited, false, ValueShape.List, "/x?p=a%7Cb", "[a, b]")]
    [InlineData(ParameterLocation.Header, ParameterStyle.Simple, false, ValueShape.List, "/x", "[a, b, c]")]
    [InlineData(ParameterLocation.Cookie, ParameterStyle.Form, false, ValueShape.Scalar, "/x", "s 1")]
    public void AValueComesBackAsTheClientWroteIt(ParameterLocation location, ParameterStyle style, bool explode, ValueShape shape, string pathAndQuery, string expected)
    {
        var parameter = new ParameterDescriptor("p", location, style, explode, true, shape);
        var other = new ParameterDescriptor("other", ParameterLocation.Query, ParameterStyle.Form, true, false, ValueShape.Scalar);
        var template = location == ParameterLocation.Path ? "/x/{p}" : "/x";
        var operation = new OperationDescriptor("op", "GET", template, "Op", [parameter, other], null, ["200"], [], (_, _, _, _) => throw new NotSupportedException());

        var request = new OperationRequest("GET", pathAndQuery, [new("P", "a, b"), new("p", "c"), new("Cookie", "x=1; p=s%201")], null);

        Assert.Equal(expected, request.Argument(operation, parameter)?.ToString());
    }

    [Fact]
    public void AnAbsentParameterIsNullAndAPathWithOtherLiteralsStillBindsByPosition()
    {
        var parameter = new ParameterDescriptor("id", ParameterLocation.Path, ParameterStyle.Simple, false, true, ValueShape.Scalar);
        var query = new ParameterDescriptor("q", ParameterLocation.Query, ParameterStyle.Form, true, false, ValueShape.Scalar);
        var operation = new OperationDescriptor("op", "GET", "/users/{id}/x", "Op", [parameter, query], null, ["200"], [], (_, _, _, _) => throw new NotSupportedException());

        Assert.Null(new OperationRequest("GET", "/users/1/x", [], null).Argument(operation, query));
        Assert.Equal("7", new OperationRequest("GET", "/user/7/y/", [], null).Argument(operation, parameter)?.ToString());
        var error = Assert.Throws<ArgumentBindingException>(() => new OperationRequest("GET", "/users/7", [], null).Argument(operation, parameter));
        Assert.Equal("the recorded path /users/7 does not fit /users/{id}/x", error.Message);
    }

    [Fact]
    public void AFormBodyGivesItsFieldsUnescapedInOrder()
    {
        var request = new OperationRequest("POST", "/x", [], "name=Rex+the%20dog&tags=a%2Cb&empty=&flag");

        Assert.Equal(
            [new("name", "Rex the dog"), new("tags", "a,b"), new("empty", ""), new("flag", "")],
            request.FormFields());
        Assert.Empty(new OperationRequest("POST", "/x", [], null).FormFields());
    }
}
