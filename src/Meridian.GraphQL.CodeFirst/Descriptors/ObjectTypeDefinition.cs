using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// The code-first view of an object type being built: the engine configuration it fills, the CLR type it was
/// inferred from (if any) and its fields with the members they came from.
/// </summary>
public sealed class ObjectTypeDefinition
{
    internal ObjectTypeDefinition(ObjectTypeConfiguration configuration, Type? runtimeType)
    {
        Configuration = configuration;
        RuntimeType = runtimeType;
    }

    public ObjectTypeConfiguration Configuration { get; }

    public string Name => Configuration.Name;

    /// <summary>The CLR type whose instances are values of this type; null for root and generated types.</summary>
    public Type? RuntimeType { get; }

    /// <summary>The fields in declaration order (ignored ones included until the schema is built).</summary>
    public List<ObjectFieldDefinition> Fields { get; } = [];

    public ObjectFieldDefinition? FindField(string name) => Fields.Find(f => f.Name == name && !f.IsIgnored);

    /// <summary>True for the query, mutation and subscription types.</summary>
    public bool IsRootType { get; internal set; }

    /// <summary>The configuration came from SDL or another builder; code-first only adds fields to it.</summary>
    internal bool IsExisting { get; init; }

    /// <summary>Fields were inferred from <see cref="RuntimeType"/> already.</summary>
    internal bool IsFilled { get; set; }

    /// <summary>The descriptor class that configured this type fluently (an <see cref="ObjectType{T}"/> subclass).</summary>
    internal Type? DescriptorType { get; init; }

    public override string ToString() => Name;
}
