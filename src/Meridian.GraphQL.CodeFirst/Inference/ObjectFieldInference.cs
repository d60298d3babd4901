using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>Adds the fields inferred from CLR members to object and interface types.</summary>
internal static class ObjectFieldInference
{
    /// <summary>Adds the entity's own members as fields (once); members a fluent descriptor configured are skipped here.</summary>
    public static void AddEntityFields(DescriptorContext context, ObjectTypeDefinition definition, IReadOnlySet<MemberInfo>? skip = null)
    {
        if (definition.IsFilled || definition.RuntimeType is not { } runtimeType)
        {
            return;
        }

        definition.IsFilled = true;
        var members = MemberCollector.GetEntityMembers(runtimeType).ToList();
        foreach (var member in members)
        {
            if (skip?.Contains(member) == true)
            {
                continue;
            }

            AddField(definition, FieldFactory.Create(context, member, runtimeType, memberOfParent: true, isSubscription: false), replace: false, context);
        }

        if (skip is { Count: > 0 })
        {
            // Fields a fluent type configured first take their members' places; fields declared by name come last.
            var order = members.Select((member, index) => (member, index)).ToDictionary(p => p.member, p => p.index);
            var sorted = definition.Fields.OrderBy(f => f.Member is { } m && order.TryGetValue(m, out var index) ? index : int.MaxValue).ToList();
            definition.Fields.Clear();
            definition.Fields.AddRange(sorted);
        }
    }

    /// <summary>
    /// Adds the members of a resolver class (a root type class or a type extension) to <paramref name="target"/>;
    /// with <paramref name="replace"/>, a field of the same name replaces the existing one.
    /// </summary>
    public static void AddResolverClassFields(DescriptorContext context, ObjectTypeDefinition target, Type resolverClass, bool isSubscription, bool replace)
    {
        foreach (var member in MemberCollector.GetResolverMembers(resolverClass))
        {
            // A node resolver beside a type's fields loads the node; only on a root type is it also a field.
            if (member.IsDefined(typeof(NodeResolverAttribute)) && member is System.Reflection.MethodInfo nodeResolver)
            {
                context.NodeResolverCandidates.Add((nodeResolver, resolverClass));
                if (!target.IsRootType)
                {
                    continue;
                }
            }

            AddField(target, FieldFactory.Create(context, member, resolverClass, memberOfParent: false, isSubscription), replace, context);
        }
    }

    public static void AddInterfaceFields(DescriptorContext context, InterfaceTypeDefinition definition)
    {
        foreach (var member in MemberCollector.GetInterfaceMembers(definition.RuntimeType))
        {
            var field = FieldFactory.Create(context, member, definition.RuntimeType, memberOfParent: true, isSubscription: false);
            if (definition.Fields.Exists(f => f.Name == field.Name))
            {
                continue;
            }

            definition.Fields.Add(field);
        }
    }

    /// <summary>Adds a field to a type; a name taken already is replaced (extensions) or reported.</summary>
    public static void AddField(ObjectTypeDefinition target, ObjectFieldDefinition field, bool replace, DescriptorContext context)
    {
        field.DeclaringType = target;
        var index = target.Fields.FindIndex(f => f.Name == field.Name && !f.IsIgnored);
        if (index < 0)
        {
            target.Fields.Add(field);
        }
        else if (replace)
        {
            target.Fields[index] = field;
        }
        else
        {
            context.ReportError(
                $"The field \"{target.Name}.{field.Name}\" is declared twice (by {Describe(target.Fields[index])} and {Describe(field)}).",
                $"{target.Name}.{field.Name}");
        }
    }

    private static string Describe(ObjectFieldDefinition field) =>
        field.Member is { } member ? $"{member.DeclaringType?.Name}.{member.Name}" : "a declared field";
}
