using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.GraphQL.Tests.Types.Scalars;

/// <summary>Shorthands for the three coercions of a leaf type and their failures.</summary>
internal static class ScalarAssert
{
    public static object? ParseLiteral(ILeafType type, string literal) => type.ParseLiteral(Parser.ParseConstValue(literal));

    public static void LiteralFails(ILeafType type, string literal, string message)
    {
        var exception = Assert.Throws<LeafCoercionException>(() => ParseLiteral(type, literal));
        Assert.Equal(message, exception.Message);
        Assert.Equal(type.Name, exception.TypeName);
    }

    public static void ValueFails(ILeafType type, object? value, string message)
    {
        var exception = Assert.Throws<LeafCoercionException>(() => type.ParseValue(value));
        Assert.Equal(message, exception.Message);
    }

    public static void SerializeFails(ILeafType type, object? value, string message)
    {
        var exception = Assert.Throws<LeafCoercionException>(() => type.Serialize(value));
        Assert.Equal(message, exception.Message);
    }

    public static string PrintLiteral(ILeafType type, object? value) => SyntaxPrinter.Print(type.ValueToLiteral(value), indented: false);
}
