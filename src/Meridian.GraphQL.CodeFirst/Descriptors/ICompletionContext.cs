using System.Diagnostics.CodeAnalysis;

namespace Meridian.CodeFirst;

/// <summary>The descriptor context once every CLR type is discovered: the object types and their fields can be read.</summary>
public interface ICompletionContext : IDescriptorContext
{
    /// <summary>The object types inferred or declared in code-first, root types included.</summary>
    IReadOnlyCollection<ObjectTypeDefinition> ObjectTypes { get; }

    /// <summary>The object type inferred from <paramref name="runtimeType"/>.</summary>
    bool TryGetObjectType(Type runtimeType, [NotNullWhen(true)] out ObjectTypeDefinition? definition);

    bool TryGetObjectType(string name, [NotNullWhen(true)] out ObjectTypeDefinition? definition);
}
