using System.Text;
using System.Text.Json;
using Meridian.Errors;
using Meridian.Language;
using Path = Meridian.Execution.Path;

namespace Meridian.GraphQL.Tests.Types;

public sealed class ErrorAndPathTests
{
    [Fact]
    public void Paths_print_as_json_arrays_and_compare_by_value()
    {
        var path = Path.Root.Append("hero").Append("friends").Append(0).Append("name");

        Assert.Equal("[\"hero\",\"friends\",0,\"name\"]", path.ToString());
        Assert.Equal(4, path.Depth);
        Assert.Equal(["hero", "friends", 0, "name"], path.ToList());
        Assert.Equal(path, Path.FromList(["hero", "friends", 0, "name"]));
        Assert.Equal(path.GetHashCode(), Path.FromList(["hero", "friends", 0, "name"]).GetHashCode());
        Assert.NotEqual(path, Path.Root.Append("hero").Append("friends").Append(1).Append("name"));
        Assert.Same(path.Parent!.Parent, ((Path)path.Parent).Parent);
        Assert.Equal("[]", Path.Root.ToString());
        Assert.True(Path.Root.IsRoot);
    }

    [Fact]
    public void Paths_write_to_json()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Path.Root.Append("a\"b").Append(2).WriteTo(writer);
        }

        Assert.Equal("[\"a\\u0022b\",2]", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Errors_are_immutable_and_built_fluently()
    {
        var error = ErrorBuilder.New()
            .SetMessage("Boom")
            .SetCode(ErrorCodes.UnexpectedError)
            .SetPath(Path.Root.Append("a"))
            .AddLocation(new Location(0, 1, 2, 3))
            .SetExtension("detail", 1)
            .Build();

        var changed = error.WithMessage("Bang").WithExtension("more", true);

        Assert.Equal("Boom", error.Message);
        Assert.Equal("Bang", changed.Message);
        Assert.Equal(ErrorCodes.UnexpectedError, changed.Code);
        Assert.Equal(["detail", "more"], changed.Extensions!.Keys);
        Assert.Single(error.Extensions!);
        Assert.Equal(2, Assert.Single(changed.Locations!).Line);
        Assert.Equal("Bang", ErrorBuilder.FromError(changed).Build().Message);
    }

    [Fact]
    public void GraphQL_exceptions_carry_their_errors()
    {
        var exception = new GraphQLException([new Error("one"), new Error("two", ErrorCodes.NonNullViolation)]);

        Assert.Equal(2, exception.Errors.Count);
        Assert.Equal($"one{Environment.NewLine}two", exception.Message);
        Assert.Throws<ArgumentException>(() => new GraphQLException([]));
    }
}
