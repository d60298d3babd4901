using System.Collections.Frozen;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Introspection;

/// <summary>
/// Everything the introspection resolvers return that is not already a property of the runtime types, computed once
/// per schema: lists as arrays (with and without deprecated members), directive location names, and default values
/// printed as GraphQL literals. Resolvers only look answers up here, so a request allocates nothing for them.
/// </summary>
internal sealed class IntrospectionSnapshot
{
    private readonly FrozenDictionary<INamedType, TypeLists> _types;
    private readonly FrozenDictionary<ITypeSystemMember, MemberList> _arguments;
    private readonly FrozenDictionary<DirectiveType, string[]> _locations;
    private readonly FrozenDictionary<InputValue, string> _defaultValues;

    private IntrospectionSnapshot(
        INamedType[] types,
        DirectiveType[] directives,
        FrozenDictionary<INamedType, TypeLists> typeLists,
        FrozenDictionary<ITypeSystemMember, MemberList> arguments,
        FrozenDictionary<DirectiveType, string[]> locations,
        FrozenDictionary<InputValue, string> defaultValues)
    {
        Types = types;
        Directives = directives;
        _types = typeLists;
        _arguments = arguments;
        _locations = locations;
        _defaultValues = defaultValues;
    }

    /// <summary>The schema's named types, introspection types included.</summary>
    public INamedType[] Types { get; }

    public DirectiveType[] Directives { get; }

    public static IntrospectionSnapshot Create(Schema schema)
    {
        var builder = new Builder();
        foreach (var type in schema.Types)
        {
            builder.AddType(type);
        }

        foreach (var directive in schema.DirectiveTypes)
        {
            builder.AddArguments(directive, directive.Arguments);
            builder.Locations.Add(directive, directive.Locations.Select(DirectiveLocations.ToName).ToArray());
        }

        return new IntrospectionSnapshot(
            [.. schema.Types],
            [.. schema.DirectiveTypes],
            builder.Types.ToFrozenDictionary(),
            builder.Arguments.ToFrozenDictionary(),
            builder.Locations.ToFrozenDictionary(),
            builder.DefaultValues.ToFrozenDictionary());
    }

    /// <summary>The lists of a named type (fields, interfaces, …); null for wrapper types.</summary>
    public TypeLists? GetLists(IType type) =>
        type is INamedType named && _types.TryGetValue(named, out var lists) ? lists : null;

    /// <summary>The arguments of a field or directive.</summary>
    public Array GetArguments(ITypeSystemMember owner, FieldCollection<Argument> arguments, bool includeDeprecated) =>
        _arguments.TryGetValue(owner, out var list)
            ? list.Get(includeDeprecated)
            : MemberList.Create(arguments.AsSpan(), a => a.IsDeprecated).Get(includeDeprecated);

    public string[] GetLocations(DirectiveType directive) =>
        _locations.TryGetValue(directive, out var names) ? names : [.. directive.Locations.Select(DirectiveLocations.ToName)];

    public string? GetDefaultValue(InputValue value) =>
        _defaultValues.TryGetValue(value, out var printed) ? printed : PrintDefaultValue(value);

    // graphql-js prints the default literal with its printer's layout (long lists and objects broken over lines), and
    // buildClientSchema parses that text back, so the same printer keeps the two implementations' SDL identical.
    private static string? PrintDefaultValue(InputValue value) =>
        value.DefaultValue is { } literal ? SyntaxPrinter.Print(literal) : null;

    /// <summary>The lists of one named type; the members that do not apply to its kind are null, as §4.2 requires.</summary>
    internal sealed class TypeLists
    {
        public MemberList? Fields { get; init; }

        public MemberList? InputFields { get; init; }

        public MemberList? EnumValues { get; init; }

        public InterfaceType[]? Interfaces { get; init; }

        public ObjectType[]? PossibleTypes { get; init; }
    }

    private sealed class Builder
    {
        public Dictionary<INamedType, TypeLists> Types { get; } = [];

        public Dictionary<ITypeSystemMember, MemberList> Arguments { get; } = [];

        public Dictionary<DirectiveType, string[]> Locations { get; } = [];

        public Dictionary<InputValue, string> DefaultValues { get; } = [];

        public void AddType(INamedType type)
        {
            switch (type)
            {
                case ComplexOutputType complex:
                    foreach (var field in complex.Fields.AsSpan())
                    {
                        AddArguments(field, field.Arguments);
                    }

                    Types.Add(type, new TypeLists
                    {
                        Fields = MemberList.Create(complex.Fields.AsSpan(), f => f.IsDeprecated),
                        Interfaces = [.. complex.Interfaces],
                        PossibleTypes = complex is InterfaceType interfaceType ? [.. interfaceType.PossibleTypes] : null,
                    });
                    break;
                case UnionType union:
                    Types.Add(type, new TypeLists { PossibleTypes = [.. union.Types] });
                    break;
                case EnumType enumType:
                    EnumValue[] values = [.. enumType.Values];
                    Types.Add(type, new TypeLists { EnumValues = MemberList.Create<EnumValue>(values, v => v.IsDeprecated) });
                    break;
                case InputObjectType inputType:
                    AddDefaultValues(inputType.Fields);
                    Types.Add(type, new TypeLists { InputFields = MemberList.Create(inputType.Fields.AsSpan(), f => f.IsDeprecated) });
                    break;
                default:
                    Types.Add(type, new TypeLists());
                    break;
            }
        }

        public void AddArguments(ITypeSystemMember owner, FieldCollection<Argument> arguments)
        {
            Arguments.Add(owner, MemberList.Create(arguments.AsSpan(), a => a.IsDeprecated));
            AddDefaultValues(arguments);
        }

        private void AddDefaultValues<T>(FieldCollection<T> values)
            where T : InputValue
        {
            foreach (var value in values.AsSpan())
            {
                if (PrintDefaultValue(value) is { } printed)
                {
                    DefaultValues.Add(value, printed);
                }
            }
        }
    }
}
