using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// Turns configurations into runtime types in phases: type shells, members (resolving type references), default
/// values, applied directives, root types and schema-wide maps. Errors are reported to the context and the
/// offending part is skipped, so that one build reports as many errors as possible.
/// </summary>
internal sealed partial class SchemaCompleter
{
    private readonly SchemaConfigurationContext _context;
    private readonly List<INamedType> _types = [];
    private readonly Dictionary<string, INamedType> _typesByName = new(StringComparer.Ordinal);
    private readonly List<(NamedTypeConfiguration Configuration, NamedType Type)> _completions = [];
    private readonly List<(DirectiveTypeConfiguration Configuration, DirectiveType Type)> _directiveCompletions = [];
    private readonly Dictionary<string, DirectiveType> _directivesByName = new(StringComparer.Ordinal);
    private readonly List<(InputValue Value, InputValueConfiguration Configuration)> _inputValues = [];
    private readonly List<(IDirectiveTarget Target, List<DirectiveConfiguration> Directives)> _directiveTargets = [];
    private readonly HashSet<INamedType> _typesWithDroppedMembers = [];

    private SchemaCompleter(SchemaConfigurationContext context)
    {
        _context = context;
    }

    /// <summary>
    /// The completed named types and directive definitions, the schema when its root types allow one, and the types
    /// that lost members to reported errors (so that validation does not also call them empty).
    /// </summary>
    public sealed record Result(
        IReadOnlyList<INamedType> Types,
        IReadOnlyList<DirectiveType> DirectiveTypes,
        Schema? Schema,
        IReadOnlySet<INamedType> TypesWithDroppedMembers);

    public static Result Complete(SchemaConfigurationContext context)
    {
        var completer = new SchemaCompleter(context);
        completer.CreateShells();
        completer.CompleteMembers();
        DefaultValueCompleter.Complete(completer._inputValues, context);
        completer.CompleteAppliedDirectives();
        var schema = completer.CreateSchema();
        return new Result(completer._types, [.. completer._directivesByName.Values], schema, completer._typesWithDroppedMembers);
    }

    private void CreateShells()
    {
        foreach (var configuration in _context.Types)
        {
            var type = CreateShell(configuration);
            type.SetDefinition(
                configuration.SyntaxNode as ITypeDefinitionNode,
                [.. configuration.ExtensionSyntaxNodes],
                ContextDataFreezer.Freeze(configuration.ContextData),
                configuration.IsIntrospectionType);
            AddType(type);
            _completions.Add((configuration, type));
            _directiveTargets.Add((type, configuration.Directives));
        }

        foreach (var configuration in _context.DirectiveTypes)
        {
            var directive = new DirectiveType(
                configuration.Name,
                configuration.Description,
                [.. configuration.Locations],
                configuration.IsRepeatable,
                configuration.IsPublic,
                configuration.SyntaxNode as DirectiveDefinitionNode,
                ContextDataFreezer.Freeze(configuration.ContextData));
            _directivesByName.Add(directive.Name, directive);
            _directiveCompletions.Add((configuration, directive));
        }
    }

    private NamedType CreateShell(NamedTypeConfiguration configuration) => configuration switch
    {
        ObjectTypeConfiguration objectType => new ObjectType(objectType.Name, objectType.Description, objectType.RuntimeType, objectType.IsOfType),
        InterfaceTypeConfiguration interfaceType => new InterfaceType(interfaceType.Name, interfaceType.Description, interfaceType.ResolveAbstractType),
        UnionTypeConfiguration union => new UnionType(union.Name, union.Description, union.ResolveAbstractType),
        EnumTypeConfiguration enumType => new EnumType(enumType.Name, enumType.Description, enumType.RuntimeType),
        InputObjectTypeConfiguration inputType => new InputObjectType(
            inputType.Name,
            inputType.Description,
            inputType.IsOneOf || HasDirective(inputType.Directives, BuiltInDirectives.OneOf),
            inputType.RuntimeType,
            inputType.CreateInstance,
            inputType.GetFieldValues),
        ScalarTypeConfiguration scalar => CreateScalar(scalar),
        _ => throw new NotSupportedException($"Unknown configuration {configuration.GetType().Name}."),
    };

    private ScalarType CreateScalar(ScalarTypeConfiguration configuration)
    {
        var specifiedBy = configuration.SpecifiedBy ?? ReadStringArgument(configuration.Directives, BuiltInDirectives.SpecifiedBy, "url");
        if (configuration.Instance is not { } instance)
        {
            var hasHooks = configuration.ParseLiteral is not null || configuration.ParseValue is not null
                || configuration.Serialize is not null || configuration.ValueToLiteral is not null;
            if (!hasHooks && !_context.Options.AllowUnboundScalars)
            {
                _context.ReportError(
                    $"Scalar \"{configuration.Name}\" has no implementation: add one with SchemaBuilder.AddScalar or bind its coercion hooks.",
                    configuration.Name,
                    SchemaConfigurationContext.NameOf(configuration.SyntaxNode));
            }

            configuration.SpecifiedBy = specifiedBy;
            return new DelegateScalarType(configuration);
        }

        if (instance.Name != configuration.Name)
        {
            _context.ReportError(
                $"The scalar instance named \"{instance.Name}\" cannot be registered as \"{configuration.Name}\".",
                configuration.Name);
            return Placeholder(configuration);
        }

        if (!instance.TryClaim(_context, configuration.Description, specifiedBy))
        {
            _context.ReportError(
                $"The scalar instance \"{instance.Name}\" already belongs to another schema; give each schema its own instance.",
                instance.Name,
                SchemaConfigurationContext.NameOf(configuration.SyntaxNode));
            return Placeholder(configuration);
        }

        return instance;
    }

    // Stands in for a scalar that failed to register, so that references to it do not also fail.
    private static ScalarType Placeholder(ScalarTypeConfiguration configuration) => new DelegateScalarType(new ScalarTypeConfiguration(configuration.Name));

    private void AddType(INamedType type)
    {
        _types.Add(type);
        _typesByName.Add(type.Name, type);
    }

    /// <summary>
    /// Resolves a type reference: syntax by name (adding a built-in scalar on first reference), or a type instance
    /// (registering a scalar instance on first reference). Null, with an error, when it cannot.
    /// </summary>
    private IType? ResolveType(TypeReference reference, ISyntaxNode? fallbackNode, string coordinate)
    {
        if (reference.Type is { } type)
        {
            var named = type.NamedType();
            if (_typesByName.TryGetValue(named.Name, out var registered))
            {
                if (ReferenceEquals(registered, named))
                {
                    return type;
                }

                if (named is not ScalarType)
                {
                    _context.ReportError($"The type instance \"{named.Name}\" used by {coordinate} belongs to another schema.", coordinate, fallbackNode);
                    return null;
                }

                // A scalar instance stands for the scalar of that name registered here.
                return TypeExtensions.Wrap(type.ToTypeNode(), registered);
            }

            if (named is ScalarType scalar && scalar.TryClaim(_context, null, null))
            {
                AddType(scalar);
                return type;
            }

            _context.ReportError($"The type instance \"{named.Name}\" used by {coordinate} is not part of this schema.", coordinate, fallbackNode);
            return null;
        }

        var syntax = reference.SyntaxNode!;
        var name = reference.NamedTypeName;
        if (!_typesByName.TryGetValue(name, out var resolved))
        {
            if ((!ScalarNames.IsSpecified(name) && !_context.Options.AddWellKnownScalarsOnReference)
                || !BuiltInScalars.TryCreate(name, out var builtIn))
            {
                _context.ReportError($"Unknown type \"{name}\".", coordinate, FindNamedType(syntax) ?? fallbackNode);
                return null;
            }

            builtIn.TryClaim(_context, null, null);
            AddType(builtIn);
            resolved = builtIn;
        }

        return TypeExtensions.Wrap(syntax, resolved);
    }

    private static NamedTypeNode? FindNamedType(ITypeNode node) => node switch
    {
        NamedTypeNode named when named.Location is not null => named,
        ListTypeNode list => FindNamedType(list.Type),
        NonNullTypeNode nonNull => FindNamedType(nonNull.Type),
        _ => null,
    };

    private static bool HasDirective(List<DirectiveConfiguration> directives, string name) => directives.Exists(d => d.Name == name);

    /// <summary>Reads a string argument of a built-in directive applied in configuration (used before directives are validated).</summary>
    private static string? ReadStringArgument(List<DirectiveConfiguration> directives, string directiveName, string argumentName)
    {
        var directive = directives.Find(d => d.Name == directiveName);
        if (directive is null)
        {
            return null;
        }

        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == argumentName)
            {
                return (argument.Value as StringValueNode)?.Value;
            }
        }

        return null;
    }

    /// <summary>The deprecation reason from the configuration, else from an applied @deprecated.</summary>
    private static string? ReadDeprecationReason(string? configured, List<DirectiveConfiguration> directives) =>
        configured ?? (HasDirective(directives, BuiltInDirectives.Deprecated)
            ? ReadStringArgument(directives, BuiltInDirectives.Deprecated, "reason") ?? BuiltInDirectives.DefaultDeprecationReason
            : null);
}
