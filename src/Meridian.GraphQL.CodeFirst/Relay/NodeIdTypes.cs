using Meridian.Types;

namespace Meridian.CodeFirst;

internal static class NodeIdTypes
{
    /// <summary>The reference with its named type replaced by <c>ID</c> (lists and nullability kept).</summary>
    public static TypeReference ToIdType(TypeReference reference) => TypeReferences.ReplaceNamedType(reference, ScalarNames.ID);
}
