using Meridian.Execution;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>Configures one field of an object type (inferred from a member, or declared by name in a fluent type).</summary>
public interface IObjectFieldDescriptor
{
    /// <summary>The field as built so far.</summary>
    ObjectFieldDefinition Definition { get; }

    IObjectFieldDescriptor Name(string name);

    IObjectFieldDescriptor Description(string? description);

    /// <summary>Deprecates the field; a null reason prints a bare <c>@deprecated</c>.</summary>
    IObjectFieldDescriptor Deprecated(string? reason = null);

    /// <summary>Sets the field's type (SDL text converts implicitly: <c>Type("[Book!]!")</c>).</summary>
    IObjectFieldDescriptor Type(TypeReference type);

    /// <summary>Sets the field's named type to a schema type class (a scalar class or an <see cref="ObjectType{T}"/>), keeping the inferred list shape and nullability.</summary>
    IObjectFieldDescriptor Type<TSchemaType>();

    /// <summary>Adds an argument, or changes the argument of that name.</summary>
    IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure);

    /// <summary>Appends middleware (inside the middleware added before).</summary>
    IObjectFieldDescriptor Use(FieldMiddleware middleware);

    /// <summary>Appends middleware of a kind (see <see cref="WellKnownMiddleware"/>, whose order is checked).</summary>
    IObjectFieldDescriptor Use(string key, FieldMiddleware middleware);

    /// <summary>Resolves the field with an asynchronous resolver instead of the member.</summary>
    IObjectFieldDescriptor Resolve(FieldResolverDelegate resolver);

    /// <summary>Resolves the field with a synchronous, side-effect-free resolver (run inline by the executor).</summary>
    IObjectFieldDescriptor Resolve(Func<IResolverContext, object?> resolver);

    /// <summary>Leaves the field out of the schema.</summary>
    IObjectFieldDescriptor Ignore(bool ignore = true);

    /// <summary>Applies a directive with CLR argument values.</summary>
    IObjectFieldDescriptor Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null);

    /// <summary>Serializes the field's value (a key or list of keys) as opaque node IDs of <paramref name="typeName"/> (the declaring type when null).</summary>
    IObjectFieldDescriptor ID(string? typeName = null);

    /// <summary>Runs once every CLR type is discovered, before the schema is completed.</summary>
    IObjectFieldDescriptor OnBeforeCompletion(Action<ICompletionContext, IObjectFieldDescriptor> configure);
}
