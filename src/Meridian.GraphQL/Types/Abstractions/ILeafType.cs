using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// A scalar or enum type: the leaves of both input and output values. Failures throw
/// <see cref="Errors.LeafCoercionException"/> with graphql-js's wording.
/// </summary>
public interface ILeafType : INamedType
{
    /// <summary>The CLR type of the runtime values (for example <see cref="int"/> for Int).</summary>
    Type RuntimeType { get; }

    /// <summary>Coerces a literal from a document (never a variable) to a runtime value; null literal gives null.</summary>
    object? ParseLiteral(IValueNode literal);

    /// <summary>Coerces an external value (from variables, already read from JSON) to a runtime value.</summary>
    object? ParseValue(object? externalValue);

    /// <summary>Coerces a runtime value to a result value (string, bool, int, long, double, decimal, lists or maps of them).</summary>
    object? Serialize(object? runtimeValue);

    /// <summary>Converts a runtime value to a literal, for default values in SDL and introspection.</summary>
    IValueNode ValueToLiteral(object? runtimeValue);
}
