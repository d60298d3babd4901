using System.Reflection;
using Meridian.Execution;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// A field of an object or interface type. Object type fields carry the compiled <see cref="Pipeline"/>
/// (middleware around the resolver), built once when the schema is completed.
/// </summary>
public sealed class OutputField : FieldDefinition
{
    internal OutputField(FieldConfiguration configuration, int index, string? deprecationReason)
        : base(configuration, index, deprecationReason)
    {
        SyntaxNode = configuration.SyntaxNode as FieldDefinitionNode;
        Member = configuration.Member;
        Resolver = configuration.Resolver;
        PureResolver = configuration.PureResolver;
        SubscribeResolver = configuration.SubscribeResolver;
        Middleware = [.. configuration.Middleware];
    }

    /// <summary>The object or interface type that declares the field.</summary>
    public ComplexOutputType DeclaringType { get; internal set; } = null!;

    public FieldCollection<Argument> Arguments { get; internal set; } = FieldCollection<Argument>.Empty;

    public override string Coordinate => $"{DeclaringType.Name}.{Name}";

    public override DirectiveLocation DirectiveLocation => DirectiveLocation.FieldDefinition;

    public FieldDefinitionNode? SyntaxNode { get; }

    /// <summary>The CLR member the field was created from (code-first), if any.</summary>
    public MemberInfo? Member { get; }

    /// <summary>
    /// The field's resolver on its own (what <see cref="IMiddlewareContext.ResolveAsync{T}"/> runs): the configured
    /// asynchronous resolver, or the pure or default resolver wrapped. Set on object type fields.
    /// </summary>
    public FieldResolverDelegate? Resolver { get; internal set; }

    /// <summary>
    /// A synchronous resolver the executor may call inline instead of <see cref="Pipeline"/>. It is set only when
    /// the field has no middleware, so calling it is equivalent to running the pipeline.
    /// </summary>
    public PureFieldDelegate? PureResolver { get; internal set; }

    /// <summary>The compiled middleware pipeline ending in the resolver; set on object type fields.</summary>
    public FieldDelegate Pipeline { get; internal set; } = null!;

    /// <summary>For subscription root fields: produces the source stream of events.</summary>
    public SubscribeResolverDelegate? SubscribeResolver { get; internal set; }

    /// <summary>True for the fields that the executor answers itself (<c>__typename</c>, <c>__schema</c>, <c>__type</c>).</summary>
    public bool IsIntrospectionField => Name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>
    /// Set when the field is a leaf read by the default resolver without middleware: the executor completes it
    /// through this instead of <see cref="PureResolver"/> (same result, without boxing).
    /// </summary>
    internal LeafFieldCompleter? LeafCompleter { get; set; }

    /// <summary>The field's own middleware as configured, compiled into <see cref="Pipeline"/>.</summary>
    internal FieldMiddleware[] Middleware { get; }
}
