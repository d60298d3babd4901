using System.Linq.Expressions;

namespace Meridian.CodeFirst;

/// <summary>Configures the object type of <typeparamref name="T"/> in an <see cref="ObjectType{T}"/> subclass.</summary>
public interface IObjectTypeDescriptor<T>
{
    ObjectTypeDefinition Definition { get; }

    /// <summary>Renames the type (call it first, before fields refer to the type).</summary>
    IObjectTypeDescriptor<T> Name(string name);

    IObjectTypeDescriptor<T> Description(string? description);

    /// <summary>Only the fields configured with <c>Field</c> are in the type; other members are not inferred.</summary>
    IObjectTypeDescriptor<T> BindFieldsExplicitly();

    /// <summary>The field of a property or method of <typeparamref name="T"/>.</summary>
    IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member);

    /// <summary>A field by name: an inferred one, or a new field (give it a type and a resolver).</summary>
    IObjectFieldDescriptor Field(string name);

    /// <summary>Leaves a member out of the type.</summary>
    IObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member);
}
