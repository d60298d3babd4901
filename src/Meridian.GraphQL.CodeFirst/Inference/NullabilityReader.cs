using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>
/// Reads the shapes of members and parameters. One reader serves one schema generation: its
/// <see cref="NullabilityInfoContext"/> caches what it learned about each module and type (it is not thread-safe,
/// and generation is single-threaded).
/// </summary>
internal sealed class NullabilityReader
{
    private readonly NullabilityInfoContext _context = new();

    public ClrTypeShape GetShape(MemberInfo member) => member switch
    {
        PropertyInfo property => ClrTypeShape.Create(property.PropertyType, _context.Create(property)),
        FieldInfo field => ClrTypeShape.Create(field.FieldType, _context.Create(field)),
        MethodInfo method => ClrTypeShape.Create(method.ReturnType, _context.Create(method.ReturnParameter)),
        _ => throw new NotSupportedException($"Members of kind {member.MemberType} have no type shape."),
    };

    /// <summary>The shape of what an input member accepts (a property's write state, else its read state).</summary>
    public ClrTypeShape GetInputShape(PropertyInfo property)
    {
        var info = _context.Create(property);
        var shape = ClrTypeShape.Create(property.PropertyType, info);
        return property.CanWrite && info.WriteState == NullabilityState.Nullable && !shape.IsNullable ? shape.AsNullable() : shape;
    }

    public ClrTypeShape GetShape(ParameterInfo parameter) => ClrTypeShape.Create(parameter.ParameterType, _context.Create(parameter));

    public NullabilityInfo GetInfo(ParameterInfo parameter) => _context.Create(parameter);

    /// <summary>True when a parameter may be omitted: it has a default, or is nullable.</summary>
    public bool IsOptional(ParameterInfo parameter) =>
        parameter.HasDefaultValue || Nullable.GetUnderlyingType(parameter.ParameterType) is not null
        || (!parameter.ParameterType.IsValueType && _context.Create(parameter).ReadState != NullabilityState.NotNull);
}
