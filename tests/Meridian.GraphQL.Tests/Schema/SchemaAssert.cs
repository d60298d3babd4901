using Meridian.Errors;
using Meridian.Types;

namespace Meridian.GraphQL.Tests.SchemaBuilding;

/// <summary>Builds schemas from SDL and reads the errors of failed builds.</summary>
internal static class SchemaAssert
{
    public static Schema Build(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = SchemaBuilder.New().AddTypeDefinitions(sdl);
        configure?.Invoke(builder);
        return builder.Build();
    }

    public static IReadOnlyList<IError> BuildErrors(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = SchemaBuilder.New().AddTypeDefinitions(sdl);
        configure?.Invoke(builder);
        return Assert.Throws<SchemaException>(() => builder.Build()).Errors;
    }

    public static IReadOnlyList<IError> BuildErrors(SchemaBuilder builder) => Assert.Throws<SchemaException>(() => builder.Build()).Errors;

    /// <summary>Asserts the build fails with exactly these messages, in any order.</summary>
    public static void FailsWith(string sdl, params string[] messages) =>
        Assert.Equal(messages.Order(StringComparer.Ordinal), BuildErrors(sdl).Select(e => e.Message).Order(StringComparer.Ordinal));

    /// <summary>Asserts the build fails with an error of this message, and returns it.</summary>
    public static IError HasError(IReadOnlyList<IError> errors, string message)
    {
        var error = errors.FirstOrDefault(e => e.Message == message);
        Assert.True(error is not null, $"Expected the error \"{message}\" among:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => e.Message))}");
        return error;
    }
}
