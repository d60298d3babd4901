using System.Reflection;
using Meridian.Execution;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// The code-first view of a field being built. Extensions (descriptor attributes, conventions) change it freely
/// until the schema is built: the engine <see cref="Configuration"/> (name, type, description, directives), the
/// <see cref="Arguments"/> and <see cref="MiddlewareDefinitions"/>. The CLR facts of the resolver —
/// <see cref="Member"/>, <see cref="ResultType"/>, <see cref="ElementType"/> — say what the resolver returns.
/// </summary>
public sealed class ObjectFieldDefinition
{
    internal ObjectFieldDefinition(string name, TypeReference type)
    {
        Configuration = new FieldConfiguration(name, type);
    }

    /// <summary>The engine configuration this definition becomes; its arguments and middleware are written from the definition at the end.</summary>
    public FieldConfiguration Configuration { get; }

    public string Name
    {
        get => Configuration.Name;
        set => Configuration.Name = value;
    }

    public TypeReference Type
    {
        get => Configuration.Type;
        set => Configuration.Type = value;
    }

    /// <summary>The property or method that resolves the field; null for fields declared by name (fluent or generated).</summary>
    public MemberInfo? Member { get; internal init; }

    /// <summary>The class declaring <see cref="Member"/>: the entity itself, a root type class or an extension class.</summary>
    public Type? SourceType { get; internal init; }

    /// <summary>The resolver's CLR result type with <see cref="Task{T}"/>/<see cref="ValueTask{T}"/> removed (<c>IQueryable&lt;Book&gt;</c>).</summary>
    public Type? ResultType { get; internal set; }

    /// <summary>The element CLR type when the result is a list, queryable or async stream (<c>Book</c>); else null.</summary>
    public Type? ElementType { get; internal set; }

    /// <summary>True when the result is an <see cref="IQueryable{T}"/> the data middleware may translate.</summary>
    public bool IsQueryable => ResultType is not null && TypeInspector.TryGetQueryableElementType(ResultType, out _);

    public List<ArgumentDefinition> Arguments { get; } = [];

    /// <summary>Middleware in pipeline order: the first runs first (outermost). See <see cref="WellKnownMiddleware"/> for the data middleware order.</summary>
    public List<FieldMiddlewareDefinition> MiddlewareDefinitions { get; } = [];

    /// <summary>An ignored field is left out of the schema.</summary>
    public bool IsIgnored { get; set; }

    /// <summary>The object type that declares the field (set when the field is added to a type; null on interfaces).</summary>
    public ObjectTypeDefinition? DeclaringType { get; internal set; }

    public ArgumentDefinition? FindArgument(string name) => Arguments.Find(a => a.Name == name);

    /// <summary>How each parameter of <see cref="Member"/> (a method) is bound.</summary>
    internal IReadOnlyList<ParameterBinding> Parameters { get; set; } = [];

    /// <summary>The class instance whose member resolves the field is the parent (entity members), not a resolver class.</summary>
    internal bool MemberOfParent { get; init; }

    /// <summary>An explicit resolver (fluent <c>Resolve</c>) that replaces the member's compiled one.</summary>
    internal FieldResolverDelegate? ExplicitResolver { get; set; }

    internal PureFieldDelegate? ExplicitPureResolver { get; set; }

    /// <summary>The field's value is a node key serialized as an opaque ID of this type (null: the declaring type).</summary>
    internal NodeIdReference? ResultId { get; set; }

    internal SubscriptionDefinition? Subscription { get; set; }

    internal MutationDefinition? Mutation { get; set; }

    /// <summary>Hooks that run once every type is discovered, before the schema is completed.</summary>
    internal List<Action<ICompletionContext, IObjectFieldDescriptor>> CompletionHooks { get; } = [];

    public override string ToString() => $"{DeclaringType?.Name}.{Name}";
}
