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
            if (IsDuplicate(fields, configuration, "Field", coordinate))
            {
                continue;
            }

            var field = new OutputField(configuration, fields.Count, ReadDeprecationReason(configuration.DeprecationReason, configuration.Directives))
            {
                DeclaringType = type,
            };

            field.Arguments = CompleteArguments(field, configuration.Arguments);
            _directiveTargets.Add((field, configuration.Directives));
            if (TrySetType(field, configuration, type, coordinate))
            {
                fields.Add(field);
            }
        }

        type.SetFields(new FieldCollection<OutputField>([.. fields]));
    }

    private FieldCollection<Argument> CompleteArguments(ITypeSystemMember owner, List<ArgumentConfiguration> configurations) =>
        configurations.Count == 0
            ? FieldCollection<Argument>.Empty
            : new FieldCollection<Argument>(CompleteInputValues(
                configurations,
                (configuration, index, reason) => new Argument(configuration, index, reason) { DeclaringMember = owner },
                name => $"{owner.Coordinate}({name}:)",
                "Argument",
                owner: null));

    /// <summary>Completes arguments or input fields: unique names, resolved types, and queued defaults and directives.</summary>
    private TValue[] CompleteInputValues<TConfiguration, TValue>(
        List<TConfiguration> configurations,
        Func<TConfiguration, int, string?, TValue> create,
        Func<string, string> coordinateOf,
        string what,
        INamedType? owner)
        where TConfiguration : InputValueConfiguration
        where TValue : InputValue
    {
        var values = new List<TValue>();
        foreach (var configuration in OrderByName(configurations, c => c.Name))
        {
            var coordinate = coordinateOf(configuration.Name);
            if (IsDuplicate(values, configuration, what, coordinate))
            {
                continue;
            }

            var value = create(configuration, values.Count, ReadDeprecationReason(configuration.DeprecationReason, configuration.Directives));
            if (TrySetType(value, configuration, owner, coordinate))
            {
                values.Add(value);
                _inputValues.Add((value, configuration));
                _directiveTargets.Add((value, configuration.Directives));
            }
        }

        return [.. values];
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
            var value = new EnumValue(valueConfiguration, ReadDeprecationReason(valueConfiguration.DeprecationReason, valueConfiguration.Directives))
            {
                DeclaringType = enumType,
            };

            if (ReportIf(values.Exists(v => v.Name == value.Name), $"Enum value \"{coordinate}\" can only be defined once.", coordinate, valueConfiguration)
                || ReportIf(
                    values.Exists(v => Equals(v.RuntimeValue, value.RuntimeValue)),
                    $"Enum value \"{coordinate}\" has the same runtime value as another value of {enumType.Name}.",
                    coordinate,
                    valueConfiguration))
            {
                continue;
            }

            values.Add(value);
            _directiveTargets.Add((value, valueConfiguration.Directives));
        }

        enumType.SetValues([.. values]);
    }

    private void CompleteInputObject(InputObjectType inputType, InputObjectTypeConfiguration configuration) =>
        inputType.SetFields(new FieldCollection<InputField>(CompleteInputValues(
            configuration.Fields,
            (field, index, reason) => new InputField(field, index, reason) { DeclaringType = inputType },
            name => $"{inputType.Name}.{name}",
            "Field",
            inputType)));

    /// <summary>Resolves and sets a member's type; when it cannot, the member is dropped and its owner may look empty.</summary>
    private bool TrySetType(FieldDefinition member, TypeSystemConfiguration configuration, INamedType? owner, string coordinate)
    {
        var reference = configuration switch
        {
            FieldConfiguration field => field.Type,
            InputValueConfiguration input => input.Type,
            _ => throw new ArgumentException("Not a field configuration.", nameof(configuration)),
        };

        var type = ResolveType(reference, configuration.SyntaxNode, coordinate);
        if (type is null)
        {
            if (owner is not null)
            {
                _typesWithDroppedMembers.Add(owner);
            }

            return false;
        }

        member.Type = type;
        return true;
    }

    private bool IsDuplicate<T>(List<T> completed, TypeSystemConfiguration configuration, string what, string coordinate)
        where T : IFieldDefinition =>
        ReportIf(completed.Exists(f => f.Name == configuration.Name), $"{what} \"{coordinate}\" can only be defined once.", coordinate, configuration);

    private bool ReportIf(bool condition, string message, string coordinate, TypeSystemConfiguration configuration)
    {
        if (condition)
        {
            _context.ReportError(message, coordinate, SchemaConfigurationContext.NameOf(configuration.SyntaxNode));
        }

        return condition;
    }

    private IEnumerable<T> OrderByName<T>(List<T> items, Func<T, string> name) =>
        _context.Options.SortFieldsByName ? items.OrderBy(name, StringComparer.Ordinal) : items;
}
