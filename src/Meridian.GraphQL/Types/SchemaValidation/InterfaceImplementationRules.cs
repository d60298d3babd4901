using Meridian.Language;

namespace Meridian.Types;

/// <summary>§3.6.1 IsValidImplementation: transitive interfaces, fields, covariant types, invariant arguments, deprecation.</summary>
internal static class InterfaceImplementationRules
{
    public static void Validate(ComplexOutputType type, SchemaConfigurationContext context)
    {
        foreach (var interfaceType in type.Interfaces)
        {
            ValidateAncestors(type, interfaceType, context);
            ValidateFields(type, interfaceType, context);
        }
    }

    private static void ValidateAncestors(ComplexOutputType type, InterfaceType interfaceType, SchemaConfigurationContext context)
    {
        foreach (var transitive in interfaceType.Interfaces)
        {
            if (type.IsImplementing(transitive))
            {
                continue;
            }

            var message = ReferenceEquals(transitive, type)
                ? $"Type {type.Name} cannot implement {interfaceType.Name} because it would create a circular reference."
                : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {interfaceType.Name}.";
            context.ReportError(message, type.Name, ImplementsNode(interfaceType, transitive.Name), ImplementsNode(type, interfaceType.Name));
        }
    }

    private static void ValidateFields(ComplexOutputType type, InterfaceType interfaceType, SchemaConfigurationContext context)
    {
        foreach (var interfaceField in interfaceType.Fields.AsSpan())
        {
            if (!type.Fields.TryGetField(interfaceField.Name, out var field))
            {
                context.ReportError(
                    $"Interface field {interfaceField.Coordinate} expected but {type.Name} does not provide it.",
                    type.Name,
                    interfaceField.SyntaxNode?.Name,
                    type.SyntaxNode?.Name);
                continue;
            }

            if (!TypeComparison.IsTypeSubTypeOf(field.Type, interfaceField.Type))
            {
                context.ReportError(
                    $"Interface field {interfaceField.Coordinate} expects type {interfaceField.Type.Print()} but {field.Coordinate} is type {field.Type.Print()}.",
                    field.Coordinate,
                    interfaceField.SyntaxNode?.Type,
                    field.SyntaxNode?.Type);
            }

            ValidateArguments(field, interfaceField, context);

            if (field.IsDeprecated && !interfaceField.IsDeprecated)
            {
                context.ReportError(
                    $"Interface field {interfaceField.Coordinate} is not deprecated, so implementation field {field.Coordinate} must not be deprecated.",
                    field.Coordinate,
                    NameRules.DeprecatedDirectiveNode(field.SyntaxNode),
                    field.SyntaxNode?.Type);
            }
        }
    }

    private static void ValidateArguments(OutputField field, OutputField interfaceField, SchemaConfigurationContext context)
    {
        foreach (var interfaceArgument in interfaceField.Arguments.AsSpan())
        {
            if (!field.Arguments.TryGetField(interfaceArgument.Name, out var argument))
            {
                context.ReportError(
                    $"Interface field argument {interfaceArgument.Coordinate} expected but {field.Coordinate} does not provide it.",
                    field.Coordinate,
                    interfaceArgument.SyntaxNode?.Name,
                    field.SyntaxNode?.Name);
                continue;
            }

            if (!TypeComparison.IsEqualType(interfaceArgument.Type, argument.Type))
            {
                context.ReportError(
                    $"Interface field argument {interfaceArgument.Coordinate} expects type {interfaceArgument.Type.Print()} but {argument.Coordinate} is type {argument.Type.Print()}.",
                    argument.Coordinate,
                    interfaceArgument.SyntaxNode?.Type,
                    argument.SyntaxNode?.Type);
            }
        }

        foreach (var argument in field.Arguments.AsSpan())
        {
            if (argument.IsRequired && !interfaceField.Arguments.ContainsField(argument.Name))
            {
                context.ReportError(
                    $"Argument \"{argument.Coordinate}\" must not be required type \"{argument.Type.Print()}\" if not provided by the Interface field \"{interfaceField.Coordinate}\".",
                    argument.Coordinate,
                    argument.SyntaxNode?.Name,
                    interfaceField.SyntaxNode?.Name);
            }
        }
    }

    private static NamedTypeNode? ImplementsNode(ComplexOutputType type, string interfaceName)
    {
        IEnumerable<IComplexTypeNode> nodes = type.ExtensionSyntaxNodes.OfType<IComplexTypeNode>();
        if (type.SyntaxNode is IComplexTypeNode definition)
        {
            nodes = nodes.Prepend(definition);
        }

        return nodes.SelectMany(n => n.Interfaces).FirstOrDefault(i => i.Name.Value == interfaceName);
    }
}
