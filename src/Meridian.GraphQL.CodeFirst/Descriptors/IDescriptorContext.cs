using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// What descriptor attributes and conventions see while the code-first schema is discovered: naming, the
/// application's services, the type system built so far, and ways to add to it.
/// </summary>
/// <remarks>
/// <para>Extension points for data middleware (paging, filtering, sorting, projection):</para>
/// <list type="bullet">
/// <item>Derive from <see cref="ObjectFieldDescriptorAttribute"/>; <c>OnConfigure</c> runs for each field the
/// attribute is on, in source order (pass <c>[CallerLineNumber]</c> to the base constructor as Hot Chocolate does).</item>
/// <item><see cref="IObjectFieldDescriptor.Definition"/> tells the element CLR type (<see cref="ObjectFieldDefinition.ElementType"/>)
/// of an <c>IQueryable&lt;T&gt;</c>/<c>IEnumerable&lt;T&gt;</c>/<c>Task&lt;…&gt;</c> result.</item>
/// <item><see cref="GetOutputType(Type)"/> and <see cref="GetInputType(Type)"/> give (and discover) the GraphQL type of a CLR type;
/// <see cref="GetOrAddType{T}"/> registers a generated type (<c>BookConnection</c>, <c>BookFilterInput</c>) once by name,
/// shared by every field that asks for it.</item>
/// <item><see cref="IObjectFieldDescriptor.Type(TypeReference)"/> changes the field's type,
/// <see cref="IObjectFieldDescriptor.Argument"/> adds arguments, <see cref="IObjectFieldDescriptor.Use(string, Meridian.Execution.FieldMiddleware)"/>
/// appends keyed middleware (<see cref="WellKnownMiddleware"/> order is checked).</item>
/// <item><see cref="OnBeforeCompletion"/> (or <see cref="IObjectFieldDescriptor.OnBeforeCompletion"/>) runs once every CLR type
/// is discovered, to generate types from other types' fields (<see cref="ICompletionContext.TryGetObjectType(Type, out ObjectTypeDefinition?)"/>).</item>
/// </list>
/// </remarks>
public interface IDescriptorContext
{
    /// <summary>The application's services (the root provider; request services are in the resolver context).</summary>
    IServiceProvider Services { get; }

    INamingConventions Naming { get; }

    CodeFirstOptions Options { get; }

    /// <summary>
    /// A reference to the GraphQL output type of <paramref name="clrType"/> (a named type, nullable), inferring and
    /// registering it on first use: scalars, enums, object, interface and union types.
    /// </summary>
    TypeReference GetOutputType(Type clrType);

    /// <summary>A reference to the GraphQL input type of <paramref name="clrType"/> (scalars, enums, input objects), nullable.</summary>
    TypeReference GetInputType(Type clrType);

    /// <summary>A reference with the list shape and nullability of <paramref name="shape"/> around its named output type.</summary>
    TypeReference GetOutputType(ClrTypeShape shape);

    /// <summary>A reference with the list shape and nullability of <paramref name="shape"/> around its named input type.</summary>
    TypeReference GetInputType(ClrTypeShape shape);

    /// <summary>
    /// The named type configuration called <paramref name="name"/>: the existing one, or the one
    /// <paramref name="create"/> makes (registered once; later callers share it). A type of that name but of another
    /// configuration class is a schema error.
    /// </summary>
    T GetOrAddType<T>(string name, Func<string, T> create)
        where T : NamedTypeConfiguration;

    bool TryGetType(string name, out NamedTypeConfiguration? configuration);

    /// <summary>Runs <paramref name="callback"/> once every CLR type is discovered, before the schema is completed.</summary>
    void OnBeforeCompletion(Action<ICompletionContext> callback);

    /// <summary>Records a schema error; the build fails with every error recorded.</summary>
    void ReportError(string message, string? coordinate = null);
}
