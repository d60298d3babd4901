using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// Connects object types to the interfaces and unions inferred from CLR types they implement or derive from, and
/// interfaces to the interfaces they extend. Only types in the schema take part: register implementations that no
/// field refers to with <c>AddType</c>.
/// </summary>
internal static class AbstractTypeLinker
{
    public static void Link(DescriptorContext context)
    {
        var interfaces = context.InterfaceTypes.ToList();
        foreach (var objectType in context.ObjectTypes)
        {
            if (objectType.RuntimeType is not { } runtimeType)
            {
                continue;
            }

            foreach (var interfaceType in interfaces)
            {
                if (interfaceType.RuntimeType != runtimeType && interfaceType.RuntimeType.IsAssignableFrom(runtimeType))
                {
                    AddReference(objectType.Configuration.Interfaces, interfaceType.Configuration.Name);
                }
            }

            foreach (var union in context.UnionTypes)
            {
                if (union.RuntimeType.IsAssignableFrom(runtimeType))
                {
                    AddReference(union.Configuration.Types, objectType.Name);
                }
            }
        }

        foreach (var interfaceType in interfaces)
        {
            foreach (var other in interfaces)
            {
                if (other != interfaceType && other.RuntimeType.IsAssignableFrom(interfaceType.RuntimeType))
                {
                    AddReference(interfaceType.Configuration.Interfaces, other.Configuration.Name);
                }
            }
        }
    }

    private static void AddReference(List<TypeReference> references, string name)
    {
        if (!references.Exists(r => r.NamedTypeName == name))
        {
            references.Add(TypeReference.Named(name));
        }
    }
}
