namespace Meridian.Types;

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public abstract class ComplexOutputType : NamedType
{
    private InterfaceType[] _interfaces = [];

    private protected ComplexOutputType(string name, string? description)
        : base(name, description)
    {
    }

    public FieldCollection<OutputField> Fields { get; private set; } = FieldCollection<OutputField>.Empty;

    /// <summary>The interfaces the type declares it implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <summary>True when the type declares it implements <paramref name="interfaceType"/>.</summary>
    public bool IsImplementing(InterfaceType interfaceType)
    {
        var interfaces = _interfaces;
        for (var i = 0; i < interfaces.Length; i++)
        {
            if (ReferenceEquals(interfaces[i], interfaceType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the type declares it implements the interface named <paramref name="interfaceName"/>.</summary>
    public bool IsImplementing(string interfaceName)
    {
        var interfaces = _interfaces;
        for (var i = 0; i < interfaces.Length; i++)
        {
            if (interfaces[i].Name == interfaceName)
            {
                return true;
            }
        }

        return false;
    }

    internal void SetFields(FieldCollection<OutputField> fields) => Fields = fields;

    internal void SetInterfaces(InterfaceType[] interfaces) => _interfaces = interfaces;
}
