using System.Reflection;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>An argument of a field being built: the engine configuration and, for inferred arguments, the parameter it binds to.</summary>
public sealed class ArgumentDefinition
{
    internal ArgumentDefinition(string name, TypeReference type)
    {
        Configuration = new ArgumentConfiguration(name, type);
    }

    public ArgumentConfiguration Configuration { get; }

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

    /// <summary>The resolver parameter the argument's value is passed to; null for arguments that middleware reads.</summary>
    public ParameterInfo? Parameter { get; internal init; }

    /// <summary>The CLR type the value is converted to for the resolver.</summary>
    public Type? RuntimeType { get; internal init; }

    /// <summary>The value is an opaque node ID decoded to its key (and checked against a type name when one is given).</summary>
    internal NodeIdReference? Id { get; set; }

    public override string ToString() => $"{Name}: {Type}";
}
