using Meridian.Language;

namespace Meridian.Types;

/// <summary>Merges SDL type extensions (§3.4.3 and each kind's extension rules) into existing configurations.</summary>
internal static class SdlExtensionReader
{
    public static void Extend(ITypeExtensionNode node, SchemaConfigurationContext context)
    {
        var name = node.Name.Value;
        if (!context.TryGetType(name, out var configuration))
        {
            context.ReportError($"Cannot extend type \"{name}\" because it is not defined.", name, node.Name);
            return;
        }

        if (configuration.Kind != ExtendedKind(node))
        {
            context.ReportError($"Cannot extend non-{KindName(ExtendedKind(node))} type \"{name}\".", name, node.Name);
            return;
        }

        configuration.ExtensionSyntaxNodes.Add(node);
        SdlReader.AddDirectives(configuration.Directives, node.Directives);
        switch (node)
        {
            case ObjectTypeExtensionNode objectExtension:
                var objectType = (ObjectTypeConfiguration)configuration;
                SdlReader.AddInterfaces(objectType.Interfaces, objectExtension.Interfaces);
                AddFields(objectType.Fields, objectExtension.Fields, name, context);
                break;
            case InterfaceTypeExtensionNode interfaceExtension:
                var interfaceType = (InterfaceTypeConfiguration)configuration;
                SdlReader.AddInterfaces(interfaceType.Interfaces, interfaceExtension.Interfaces);
                AddFields(interfaceType.Fields, interfaceExtension.Fields, name, context);
                break;
            case UnionTypeExtensionNode unionExtension:
                SdlReader.AddInterfaces(((UnionTypeConfiguration)configuration).Types, unionExtension.Types);
                break;
            case EnumTypeExtensionNode enumExtension:
                var enumType = (EnumTypeConfiguration)configuration;
                foreach (var value in enumExtension.Values)
                {
                    if (enumType.Values.Exists(v => v.Name == value.Name.Value))
                    {
                        context.ReportError(
                            $"Enum value \"{name}.{value.Name.Value}\" already exists in the schema. It cannot also be defined in this type extension.",
                            $"{name}.{value.Name.Value}",
                            value.Name);
                        continue;
                    }

                    SdlReader.AddEnumValues(enumType.Values, [value]);
                }

                break;
            case InputObjectTypeExtensionNode inputExtension:
                ExtendInputObject((InputObjectTypeConfiguration)configuration, inputExtension, context);
                break;
        }
    }

    private static void ExtendInputObject(InputObjectTypeConfiguration inputType, InputObjectTypeExtensionNode node, SchemaConfigurationContext context)
    {
        var oneOf = node.Directives.FirstOrDefault(d => d.Name.Value == BuiltInDirectives.OneOf);
        if (oneOf is not null)
        {
            inputType.Directives.RemoveAll(d => ReferenceEquals(d.SyntaxNode, oneOf));
            context.ReportError(
                $"The @oneOf directive cannot be applied by an extension of the input object type \"{inputType.Name}\".",
                inputType.Name,
                oneOf);
        }

        foreach (var field in node.Fields)
        {
            if (inputType.FindField(field.Name.Value) is not null)
            {
                context.ReportError(
                    $"Field \"{inputType.Name}.{field.Name.Value}\" already exists in the schema. It cannot also be defined in this type extension.",
                    $"{inputType.Name}.{field.Name.Value}",
                    field.Name);
                continue;
            }

            SdlReader.AddInputFields(inputType.Fields, [field]);
        }
    }

    private static void AddFields(List<FieldConfiguration> fields, IReadOnlyList<FieldDefinitionNode> nodes, string typeName, SchemaConfigurationContext context)
    {
        foreach (var node in nodes)
        {
            if (fields.Exists(f => f.Name == node.Name.Value))
            {
                context.ReportError(
                    $"Field \"{typeName}.{node.Name.Value}\" already exists in the schema. It cannot also be defined in this type extension.",
                    $"{typeName}.{node.Name.Value}",
                    node.Name);
                continue;
            }

            SdlReader.AddFields(fields, [node]);
        }
    }

    private static TypeKind ExtendedKind(ITypeExtensionNode node) => node switch
    {
        ScalarTypeExtensionNode => TypeKind.Scalar,
        ObjectTypeExtensionNode => TypeKind.Object,
        InterfaceTypeExtensionNode => TypeKind.Interface,
        UnionTypeExtensionNode => TypeKind.Union,
        EnumTypeExtensionNode => TypeKind.Enum,
        _ => TypeKind.InputObject,
    };

    internal static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "scalar",
        TypeKind.Object => "object",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        _ => "input object",
    };
}
