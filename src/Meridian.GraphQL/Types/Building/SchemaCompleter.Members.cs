using Meridian.Language;

namespace Meridian.Types;

internal sealed partial class SchemaCompleter
{
    private void CompleteMembers()
    {
        // Built-in scalars are appended while resolving references; iterate over a snapshot.
        foreach (var (configuration, type) in _completions.ToArray())
        {
            switch (configuration, type)
            {
                case (ObjectTypeConfiguration config, ObjectType objectType):
                    CompleteComplexType(objectType, config.Fields, config.Interfaces);
                    break;
                case (InterfaceTypeConfiguration config, InterfaceType interfaceType):
                    CompleteComplexType(interfaceType, config.Fields, config.Interfaces);
                    break;
                case (UnionTypeConfiguration config, UnionType union):
                    CompleteUnion(union, config);
                    break;
                case (EnumTypeConfiguration config, EnumType enumType):
                    CompleteEnum(enumType, config);
                    break;
                case (InputObjectTypeConfiguration config, InputObjectType inputType):
                    CompleteInputObject(inputType, config);
                    break;
            }
        }

        foreach (var (configuration, directive) in _directiveCompletions)
        {
            directive.Arguments = CompleteArguments(directive, configuration.Arguments);
        }
    }

    private void CompleteComplexType(ComplexOutputType type, List<FieldConfiguration> fieldConfigurations, List<TypeReference> interfaceReferences)
    {
        var interfaces = new List<InterfaceType>();
        foreach (var reference in interfaceReferences)
        {
            var node = reference.SyntaxNode;
            var resolved = ResolveType(reference, node, type.Name);
            switch (resolved)
            {
                case null:
                    break;
                case InterfaceType interfaceType when ReferenceEquals(interfaceType, type):
                    _context.ReportError($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.Name, node);
                    break;
                case InterfaceType interfaceType when interfaces.Contains(interfaceType):
                    _context.ReportError($"Type {type.Name} can only implement {interfaceType.Name} once.", type.Name, node);
                    break;
                case InterfaceType interfaceType:
                    interfaces.Add(interfaceType);
                    break;
                default:
                    _context.ReportError($"Type {type.Name} must only implement Interface types, it cannot implement {resolved.Print()}.", type.Name, node);
                    break;
            }
        }

        type.SetInterfaces([.. interfaces]);

        var fields = new List<OutputField>();
        foreach (var configuration in OrderByName(fieldConfigurations, f => f.Name))
        {
            var coordinate = $"{type.Name}.{configuration.Name}";
            if (fields.Exists(f => f.Name == configuration.Name))
            {
                _context.ReportError($"Field \"{coordinate}\" can only be defined once.", coordinate, SchemaConfigurationContext.NameOf(configuration.SyntaxNode));
                continue;
            }

            var fieldType = ResolveType(configuration.Type, configuration.SyntaxNode, coordinate);
            var field = new OutputField(
                configuration.Name,
                configuration.Description,
                fields.Count,
                ReadDeprecationReason(configuration.DeprecationReason, configuration.Directives),
                configuration.SyntaxNode as FieldDefinitionNode,
                configuration.Member,
                ContextDataFreezer.Freeze(configuration.ContextData))
            {
                DeclaringType = type,
                Type = fieldType!,
                Resolver = configuration.Resolver,
                PureResolver = configuration.PureResolver,
                SubscribeResolver = configuration.SubscribeResolver,
                Middleware = [.. configuration.Middleware],
            };

            field.Arguments = CompleteArguments(field, configuration.Arguments);
            _directiveTargets.Add((field, configuration.Directives));
            if (fieldType is not null)
            {
                fields.Add(field);
            }
            else
            {
                _typesWithDroppedMembers.Add(type);
            }
        }

        type.SetFields(new FieldCollection<OutputField>([.. fields]));
    }

    private FieldCollection<Argument> CompleteArguments(ITypeSystemMember owner, List<ArgumentConfiguration> configurations)
    {
        if (configurations.Count == 0)
        {
            return FieldCollection<Argument>.Empty;
        }

        var arguments = new List<Argument>();
        foreach (var configuration in OrderByName(configurations, a => a.Name))
        {
            var coordinate = $"{owner.Coordinate}({configuration.Name}:)";
            if (arguments.Exists(a => a.Name == configuration.Name))
            {
                _context.ReportError($"Argument \"{coordinate}\" can only be defined once.", coordinate, SchemaConfigurationContext.NameOf(configuration.SyntaxNode));
                continue;
            }

            var argumentType = ResolveType(configuration.Type, configuration.SyntaxNode, coordinate);
            var argument = new Argument(
                configuration.Name,
                configuration.Description,
                arguments.Count,
                ReadDeprecationReason(configuration.DeprecationReason, configuration.Directives),
                configuration.SyntaxNode as InputValueDefinitionNode,
                ContextDataFreezer.Freeze(configuration.ContextData))
            {
                DeclaringMember = owner,
            };

            if (argumentType is null)
            {
                continue;
            }

            argument.Type = argumentType;
            arguments.Add(argument);
            _inputValues.Add((argument, configuration));
            _directiveTargets.Add((argument, configuration.Directives));
        }

        return new FieldCollection<Argument>([.. arguments]);
    }

    private void CompleteUnion(UnionType union, UnionTypeConfiguration configuration)
    {
        var members = new List<ObjectType>();
        foreach (var reference in configuration.Types)
        {
            var node = reference.SyntaxNode;
            switch (ResolveType(reference, node, union.Name))
            {
                case null:
                    _typesWithDroppedMembers.Add(union);
                    break;
                case ObjectType objectType when members.Contains(objectType):
                    _context.ReportError($"Union type {union.Name} can only include type {objectType.Name} once.", union.Name, node);
                    break;
                case ObjectType objectType:
                    members.Add(objectType);
                    break;
                case var other:
                    _context.ReportError($"Union type {union.Name} can only include Object types, it cannot include {other.Print()}.", union.Name, node);
                    _typesWithDroppedMembers.Add(union);
                    break;
            }
        }

        union.SetTypes([.. members]);
    }

    private void CompleteEnum(EnumType enumType, EnumTypeConfiguration configuration)
    {
        var values = new List<EnumValue>();
        foreach (var valueConfiguration in OrderByName(configuration.Values, v => v.Name))
        {
            var coordinate = $"{enumType.Name}.{valueConfiguration.Name}";
            var nameNode = SchemaConfigurationContext.NameOf(valueConfiguration.SyntaxNode);
            if (values.Exists(v => v.Name == valueConfiguration.Name))
            {
                _context.ReportError($"Enum value \"{coordinate}\" can only be defined once.", coordinate, nameNode);
                continue;
            }

            var runtimeValue = valueConfiguration.RuntimeValue ?? valueConfiguration.Name;
            if (values.Exists(v => Equals(v.RuntimeValue, runtimeValue)))
            {
                _context.ReportError($"Enum value \"{coordinate}\" has the same runtime value as another value of {enumType.Name}.", coordinate, nameNode);
                continue;
            }

            var value = new EnumValue(
                valueConfiguration.Name,
                valueConfiguration.Description,
                runtimeValue,
                ReadDeprecationReason(valueConfiguration.DeprecationReason, valueConfiguration.Directives),
                valueConfiguration.SyntaxNode as EnumValueDefinitionNode,
                ContextDataFreezer.Freeze(valueConfiguration.ContextData))
            {
                DeclaringType = enumType,
            };

            values.Add(value);
            _directiveTargets.Add((value, valueConfiguration.Directives));
        }

        enumType.SetValues([.. values]);
    }

    private void CompleteInputObject(InputObjectType inputType, InputObjectTypeConfiguration configuration)
    {
        var fields = new List<InputField>();
        foreach (var fieldConfiguration in OrderByName(configuration.Fields, f => f.Name))
        {
            var coordinate = $"{inputType.Name}.{fieldConfiguration.Name}";
            if (fields.Exists(f => f.Name == fieldConfiguration.Name))
            {
                _context.ReportError($"Field \"{coordinate}\" can only be defined once.", coordinate, SchemaConfigurationContext.NameOf(fieldConfiguration.SyntaxNode));
                continue;
            }

            var fieldType = ResolveType(fieldConfiguration.Type, fieldConfiguration.SyntaxNode, coordinate);
            if (fieldType is null)
            {
                _typesWithDroppedMembers.Add(inputType);
                continue;
            }

            var field = new InputField(
                fieldConfiguration.Name,
                fieldConfiguration.Description,
                fields.Count,
                ReadDeprecationReason(fieldConfiguration.DeprecationReason, fieldConfiguration.Directives),
                fieldConfiguration.SyntaxNode as InputValueDefinitionNode,
                ContextDataFreezer.Freeze(fieldConfiguration.ContextData))
            {
                DeclaringType = inputType,
                Type = fieldType,
            };

            fields.Add(field);
            _inputValues.Add((field, fieldConfiguration));
            _directiveTargets.Add((field, fieldConfiguration.Directives));
        }

        inputType.SetFields(new FieldCollection<InputField>([.. fields]));
    }

    private IEnumerable<T> OrderByName<T>(List<T> items, Func<T, string> name) =>
        _context.Options.SortFieldsByName ? items.OrderBy(name, StringComparer.Ordinal) : items;
}
