using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>The code-first side of a fluent type class: configures the definition inferred for its CLR type.</summary>
internal interface IFluentObjectType
{
    void Configure(DescriptorContext context, ObjectTypeDefinition definition, out IReadOnlySet<MemberInfo> configuredMembers, out bool explicitFields);
}
