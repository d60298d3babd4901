using Meridian.Language;

namespace Meridian.Types;

/// <summary>§3.13 type validation: locations, name, arguments, and no reference to itself through its arguments.</summary>
internal static class DirectiveDefinitionRules
{
    public static void Validate(DirectiveType directive, SchemaConfigurationContext context)
    {
        NameRules.Validate(directive.Name, directive.Coordinate, directive.SyntaxNode?.Name, context);
        if (directive.Locations.Count == 0)
        {
            context.ReportError($"Directive @{directive.Name} must include 1 or more locations.", directive.Coordinate, directive.SyntaxNode?.Name);
        }

        foreach (var argument in directive.Arguments.AsSpan())
        {
            NameRules.ValidateInputValue(argument, "argument", context);
        }

        if (ReferencesItself(directive, out var node))
        {
            context.ReportError(
                $"Directive \"@{directive.Name}\" must not reference itself, directly or through the types of its arguments.",
                directive.Coordinate,
                node);
        }
    }

    private static bool ReferencesItself(DirectiveType directive, out ISyntaxNode? node)
    {
        var visitedTypes = new HashSet<INamedType>();
        var visitedDirectives = new HashSet<DirectiveType>();
        var pending = new Stack<DirectiveType>();
        pending.Push(directive);
        while (pending.TryPop(out var current))
        {
            foreach (var argument in current.Arguments.AsSpan())
            {
                if (FindIn(argument.Directives, directive, pending, visitedDirectives, out node)
                    || FindInType(argument.Type.NamedType(), directive, pending, visitedDirectives, visitedTypes, out node))
                {
                    return true;
                }
            }
        }

        node = null;
        return false;
    }

    private static bool FindInType(
        INamedType type,
        DirectiveType directive,
        Stack<DirectiveType> pending,
        HashSet<DirectiveType> visitedDirectives,
        HashSet<INamedType> visitedTypes,
        out ISyntaxNode? node)
    {
        node = null;
        if (!visitedTypes.Add(type))
        {
            return false;
        }

        if (FindIn(type.Directives, directive, pending, visitedDirectives, out node))
        {
            return true;
        }

        switch (type)
        {
            case InputObjectType inputType:
                foreach (var field in inputType.Fields.AsSpan())
                {
                    if (FindIn(field.Directives, directive, pending, visitedDirectives, out node)
                        || FindInType(field.Type.NamedType(), directive, pending, visitedDirectives, visitedTypes, out node))
                    {
                        return true;
                    }
                }

                break;
            case EnumType enumType:
                foreach (var value in enumType.Values)
                {
                    if (FindIn(value.Directives, directive, pending, visitedDirectives, out node))
                    {
                        return true;
                    }
                }

                break;
        }

        return false;
    }

    private static bool FindIn(
        DirectiveCollection directives,
        DirectiveType directive,
        Stack<DirectiveType> pending,
        HashSet<DirectiveType> visitedDirectives,
        out ISyntaxNode? node)
    {
        foreach (var applied in directives)
        {
            if (ReferenceEquals(applied.Type, directive))
            {
                node = applied.SyntaxNode;
                return true;
            }

            if (visitedDirectives.Add(applied.Type))
            {
                pending.Push(applied.Type);
            }
        }

        node = null;
        return false;
    }
}
