namespace Meridian.Types;

/// <summary>
/// Any type of a schema: a named type, or a list or non-null wrapper around another type. Type tests at execution
/// time switch on <see cref="Kind"/>; the helpers in <see cref="TypeExtensions"/> answer the questions of §3.
/// </summary>
public interface IType
{
    TypeKind Kind { get; }
}
