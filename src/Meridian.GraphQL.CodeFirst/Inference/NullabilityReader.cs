using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>Reads the shapes of members and parameters (NullabilityInfoContext is not thread-safe: one per call).</summary>
internal static class NullabilityReader
{
    public static ClrTypeShape GetShape(MemberInfo member) => member switch
    {
        PropertyInfo property => ClrTypeShape.Create(property.PropertyType, new NullabilityInfoContext().Create(property)),
        FieldInfo field => ClrTypeShape.Create(field.FieldType, new NullabilityInfoContext().Create(field)),
        MethodInfo method => ClrTypeShape.Create(method.ReturnType, new NullabilityInfoContext().Create(method.ReturnParameter)),
        _ => throw new NotSupportedException($"Members of kind {member.MemberType} have no type shape."),
    };

    /// <summary>The shape of what an input member accepts (a property's write state, else its read state).</summary>
    public static ClrTypeShape GetInputShape(PropertyInfo property)
    {
        var info = new NullabilityInfoContext().Create(property);
        var shape = ClrTypeShape.Create(property.PropertyType, info);
        return property.CanWrite && info.WriteState == NullabilityState.Nullable && !shape.IsNullable ? shape.AsNullable() : shape;
    }

    public static ClrTypeShape GetShape(ParameterInfo parameter) =>
        ClrTypeShape.Create(parameter.ParameterType, new NullabilityInfoContext().Create(parameter));

    /// <summary>The shape of a type with no annotation to read (a generated type's element): named types non-null.</summary>
    public static ClrTypeShape GetUnannotatedShape(Type type) => ClrTypeShape.Create(type, null) is var shape && !shape.ClrType.IsValueType
        ? shape.AsNonNull(elementsNonNull: true)
        : shape;
}
