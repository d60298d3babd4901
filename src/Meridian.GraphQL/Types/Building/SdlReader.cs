using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// Reads SDL documents into configurations (graphql-js's buildASTSchema/extendSchema): all definitions first, in
/// document order, then all extensions, so that an extension may come before the type it extends.
/// </summary>
internal static class SdlReader
{
    public static void Read(IReadOnlyList<DocumentNode> documents, SchemaConfigurationContext context)
    {
        foreach (var document in documents)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case SchemaDefinitionNode schema:
                        ReadSchemaDefinition(schema, context);
                        break;
                    case DirectiveDefinitionNode directive:
                        context.AddDirectiveType(ReadDirectiveDefinition(directive, context));
                        break;
                    case ITypeDefinitionNode type:
                        ReadTypeDefinition(type, context);
                        break;
                }
            }
        }

        foreach (var document in documents)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case SchemaExtensionNode schema:
                        ReadSchemaExtension(schema, context);
                        break;
                    case ITypeExtensionNode type:
                        SdlExtensionReader.Extend(type, context);
                        break;
                }
            }
        }
    }

    private static void ReadSchemaDefinition(SchemaDefinitionNode node, SchemaConfigurationContext context)
    {
        if (context.SchemaSyntaxNode is not null)
        {
            context.ReportError("Must provide only one schema definition.", null, node);
            return;
        }

        context.SchemaSyntaxNode = node;
        context.Description ??= node.Description?.Value;
        AddDirectives(context.SchemaDirectives, node.Directives);
        SetOperationTypes(node.OperationTypes, context, isExtension: false);
    }

    private static void ReadSchemaExtension(SchemaExtensionNode node, SchemaConfigurationContext context)
    {
        context.SchemaExtensionNodes.Add(node);
        AddDirectives(context.SchemaDirectives, node.Directives);
        SetOperationTypes(node.OperationTypes, context, isExtension: true);
    }

    private static void SetOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operations, SchemaConfigurationContext context, bool isExtension)
    {
        var seen = new HashSet<OperationType>();
        foreach (var operation in operations)
        {
            var operationName = operation.Operation.ToString().ToLowerInvariant();
            var current = context.GetRootTypeName(operation.Operation);
            if (isExtension && current is null && context.SchemaSyntaxNode is null)
            {
                // Without a schema definition, a type with the default name already is the root type being extended.
                var defaultName = context.Options.GetDefaultRootTypeName(operation.Operation);
                current = context.TryGetType(defaultName, out _) ? defaultName : null;
            }

            if (!seen.Add(operation.Operation) || (current is not null && !isExtension))
            {
                context.ReportError($"There can be only one {operationName} type in schema.", null, operation);
                continue;
            }

            if (current is not null)
            {
                context.ReportError($"Type for {operationName} already defined in the schema. It cannot be redefined.", null, operation);
                continue;
            }

            context.SetRootTypeName(operation.Operation, operation.Type.Name.Value);
        }
    }

    private static void ReadTypeDefinition(ITypeDefinitionNode node, SchemaConfigurationContext context)
    {
        var name = node.Name.Value;
        if (node is ScalarTypeDefinitionNode scalar && TryBindScalar(scalar, context))
        {
            return;
        }

        if (BuiltInScalars.IsBuiltIn(name) && ScalarNames.IsSpecified(name))
        {
            context.ReportError($"Type \"{name}\" already exists in the schema. It cannot also be defined in this type definition.", name, node.Name);
            return;
        }

        NamedTypeConfiguration configuration = node switch
        {
            ObjectTypeDefinitionNode objectType => ReadObject(objectType),
            InterfaceTypeDefinitionNode interfaceType => ReadInterface(interfaceType),
            UnionTypeDefinitionNode union => ReadUnion(union),
            EnumTypeDefinitionNode enumType => ReadEnum(enumType),
            InputObjectTypeDefinitionNode inputType => ReadInputObject(inputType),
            ScalarTypeDefinitionNode scalarType => ReadScalar(scalarType),
            _ => throw new NotSupportedException(node.Kind.ToString()),
        };

        configuration.Description = node.Description?.Value;
        configuration.SyntaxNode = node;
        AddDirectives(configuration.Directives, node.Directives);
        context.AddType(configuration);
    }

    // "scalar X" for a scalar added in code, or for a built-in well-known scalar, binds the SDL to that implementation.
    private static bool TryBindScalar(ScalarTypeDefinitionNode node, SchemaConfigurationContext context)
    {
        var name = node.Name.Value;
        ScalarTypeConfiguration? configuration = null;
        if (context.TryGetType(name, out var existing))
        {
            if (existing is not ScalarTypeConfiguration { SyntaxNode: null } bound)
            {
                return false;
            }

            // The SDL definition decides where the scalar stands among the types.
            context.RemoveType(name);
            context.AddType(bound);
            configuration = bound;
        }
        else if (!ScalarNames.IsSpecified(name) && BuiltInScalars.TryCreate(name, out var builtIn))
        {
            configuration = new ScalarTypeConfiguration(builtIn);
            context.AddType(configuration);
        }

        if (configuration is null)
        {
            return false;
        }

        configuration.SyntaxNode = node;
        configuration.Description = node.Description?.Value ?? configuration.Description;
        AddDirectives(configuration.Directives, node.Directives);
        return true;
    }

    private static ObjectTypeConfiguration ReadObject(ObjectTypeDefinitionNode node)
    {
        var configuration = new ObjectTypeConfiguration(node.Name.Value);
        AddInterfaces(configuration.Interfaces, node.Interfaces);
        AddFields(configuration.Fields, node.Fields);
        return configuration;
    }

    private static InterfaceTypeConfiguration ReadInterface(InterfaceTypeDefinitionNode node)
    {
        var configuration = new InterfaceTypeConfiguration(node.Name.Value);
        AddInterfaces(configuration.Interfaces, node.Interfaces);
        AddFields(configuration.Fields, node.Fields);
        return configuration;
    }

    private static UnionTypeConfiguration ReadUnion(UnionTypeDefinitionNode node)
    {
        var configuration = new UnionTypeConfiguration(node.Name.Value);
        AddInterfaces(configuration.Types, node.Types);
        return configuration;
    }

    private static EnumTypeConfiguration ReadEnum(EnumTypeDefinitionNode node)
    {
        var configuration = new EnumTypeConfiguration(node.Name.Value);
        AddEnumValues(configuration.Values, node.Values);
        return configuration;
    }

    private static InputObjectTypeConfiguration ReadInputObject(InputObjectTypeDefinitionNode node)
    {
        var configuration = new InputObjectTypeConfiguration(node.Name.Value);
        AddInputFields(configuration.Fields, node.Fields);
        return configuration;
    }

    private static ScalarTypeConfiguration ReadScalar(ScalarTypeDefinitionNode node) => new(node.Name.Value);

    private static DirectiveTypeConfiguration ReadDirectiveDefinition(DirectiveDefinitionNode node, SchemaConfigurationContext context)
    {
        var configuration = new DirectiveTypeConfiguration(node.Name.Value)
        {
            Description = node.Description?.Value,
            IsRepeatable = node.IsRepeatable,
            IsPublic = true,
            SyntaxNode = node,
        };

        foreach (var argument in node.Arguments)
        {
            configuration.Arguments.Add(ReadInputValue(new ArgumentConfiguration(argument.Name.Value, TypeReference.Create(argument.Type)), argument));
        }

        foreach (var location in node.Locations)
        {
            if (DirectiveLocations.TryParse(location.Value, out var parsed))
            {
                configuration.Locations.Add(parsed);
            }
            else
            {
                context.ReportError($"Unknown directive location \"{location.Value}\".", "@" + configuration.Name, location);
            }
        }

        return configuration;
    }

    internal static void AddInterfaces(List<TypeReference> target, IReadOnlyList<NamedTypeNode> nodes)
    {
        foreach (var node in nodes)
        {
            target.Add(TypeReference.Create(node));
        }
    }

    internal static void AddFields(List<FieldConfiguration> target, IReadOnlyList<FieldDefinitionNode> nodes)
    {
        foreach (var node in nodes)
        {
            var field = new FieldConfiguration(node.Name.Value, TypeReference.Create(node.Type))
            {
                Description = node.Description?.Value,
                SyntaxNode = node,
            };

            foreach (var argument in node.Arguments)
            {
                field.Arguments.Add(ReadInputValue(new ArgumentConfiguration(argument.Name.Value, TypeReference.Create(argument.Type)), argument));
            }

            AddDirectives(field.Directives, node.Directives);
            target.Add(field);
        }
    }

    internal static void AddInputFields(List<InputFieldConfiguration> target, IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        foreach (var node in nodes)
        {
            target.Add(ReadInputValue(new InputFieldConfiguration(node.Name.Value, TypeReference.Create(node.Type)), node));
        }
    }

    internal static void AddEnumValues(List<EnumValueConfiguration> target, IReadOnlyList<EnumValueDefinitionNode> nodes)
    {
        foreach (var node in nodes)
        {
            var value = new EnumValueConfiguration(node.Name.Value)
            {
                Description = node.Description?.Value,
                SyntaxNode = node,
            };

            AddDirectives(value.Directives, node.Directives);
            target.Add(value);
        }
    }

    internal static void AddDirectives(List<DirectiveConfiguration> target, IReadOnlyList<DirectiveNode> nodes)
    {
        foreach (var node in nodes)
        {
            target.Add(new DirectiveConfiguration(node));
        }
    }

    private static T ReadInputValue<T>(T configuration, InputValueDefinitionNode node)
        where T : InputValueConfiguration
    {
        configuration.Description = node.Description?.Value;
        configuration.DefaultValue = node.DefaultValue;
        configuration.SyntaxNode = node;
        AddDirectives(configuration.Directives, node.Directives);
        return configuration;
    }
}
