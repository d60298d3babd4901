using System.Reflection;

namespace Meridian.CodeFirst;

internal static class NodeIdAttributes
{
    public static NodeIdReference? Read(ICustomAttributeProvider member) =>
        member.GetCustomAttributes(typeof(IDAttribute), false) is [IDAttribute id, ..]
            ? new NodeIdReference(id.TypeName, id.NodeType)
            : null;
}
