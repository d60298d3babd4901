using System.ComponentModel;
using System.Reflection;
using Meridian.Types;

namespace Meridian.CodeFirst;

internal sealed partial class DescriptorContext
{
    /// <summary>The named output type of a CLR type, discovering it on first use.</summary>
    public string GetOutputTypeName(Type clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        if (TryGetScalarName(clrType, out var name) || _outputTypeNames.TryGetValue(clrType, out name))
        {
            return name;
        }

        if (clrType.IsEnum)
        {
            return DiscoverEnum(clrType).Name;
        }

        if (clrType.IsDefined(typeof(UnionTypeAttribute), inherit: false))
        {
            return DiscoverUnion(clrType).Configuration.Name;
        }

        // C# interfaces and abstract base classes are GraphQL interfaces (the object types deriving from them implement them).
        if (clrType.IsInterface || (clrType.IsAbstract && !clrType.IsSealed) || clrType.IsDefined(typeof(InterfaceTypeAttribute), inherit: false))
        {
            return DiscoverInterface(clrType).Configuration.Name;
        }

        if (IsInferable(clrType))
        {
            return DiscoverObject(clrType).Name;
        }

        return Unsupported(clrType, "an output");
    }

    /// <summary>The named input type of a CLR type, discovering it on first use.</summary>
    public string GetInputTypeName(Type clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        if (TryGetScalarName(clrType, out var name) || _inputTypeNames.TryGetValue(clrType, out name))
        {
            return name;
        }

        if (clrType.IsEnum)
        {
            return DiscoverEnum(clrType).Name;
        }

        if (IsInferable(clrType) && !clrType.IsInterface && !clrType.IsAbstract)
        {
            return DiscoverInputObject(clrType).Configuration.Name;
        }

        return Unsupported(clrType, "an input");
    }

    /// <summary>The object type of <paramref name="clrType"/>, discovering it (as an entity whose members become fields).</summary>
    public ObjectTypeDefinition DiscoverObject(Type clrType)
    {
        if (_objectTypesByClr.TryGetValue(clrType, out var existing))
        {
            return existing;
        }

        var name = Naming.GetTypeName(clrType, TypeKind.Object);
        var definition = AddObjectType(clrType, name, descriptorType: null);
        _work.Enqueue(() => ObjectFieldInference.AddEntityFields(this, definition));
        return definition;
    }

    /// <summary>The object type of a fluent <see cref="ObjectType{T}"/> class: inferred from T, then configured by the class.</summary>
    public ObjectTypeDefinition DiscoverFluentType(Type descriptorType, Type runtimeType)
    {
        if (_objectTypesByClr.TryGetValue(runtimeType, out var existing))
        {
            if (existing.DescriptorType != descriptorType)
            {
                ReportError($"{runtimeType.Name} is configured by {descriptorType.Name} after it was already inferred or configured by another type; register fluent types before their CLR types are used.", existing.Name);
            }

            return existing;
        }

        var instance = (IFluentObjectType)Activator.CreateInstance(descriptorType)!;
        var definition = AddObjectType(runtimeType, Naming.GetTypeName(runtimeType, TypeKind.Object), descriptorType);

        // Configure at once, so that a new name is in place before other types refer to this one.
        instance.Configure(this, definition, out var configured, out var explicitFields);
        if (explicitFields)
        {
            definition.IsFilled = true;
        }
        else
        {
            _work.Enqueue(() => ObjectFieldInference.AddEntityFields(this, definition, configured));
        }

        return definition;
    }

    /// <summary>Renames an object type inferred from a CLR type (fluent <c>Name</c>).</summary>
    public void RenameObjectType(ObjectTypeDefinition definition, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var oldName = definition.Name;
        if (oldName == name)
        {
            return;
        }

        _objectTypes.Remove(oldName);
        _clrTypeByName.Remove(oldName);
        definition.Configuration.Name = name;
        if (!_objectTypes.TryAdd(name, definition))
        {
            ReportError($"There can be only one type named \"{name}\".", name);
        }

        if (definition.RuntimeType is { } runtimeType)
        {
            ClaimName(name, runtimeType);
            _outputTypeNames[runtimeType] = name;
        }
    }

    /// <summary>An object type for an exception (mutation errors): its fields are added by the caller, not inferred.</summary>
    public ObjectTypeDefinition AddErrorObjectType(Type exceptionType, string name)
    {
        var definition = AddObjectType(exceptionType, name, descriptorType: null);
        definition.IsFilled = true;
        return definition;
    }

    private ObjectTypeDefinition AddObjectType(Type clrType, string name, Type? descriptorType)
    {
        ClaimName(name, clrType);
        var configuration = new ObjectTypeConfiguration(name)
        {
            RuntimeType = clrType,
            Description = Naming.GetTypeDescription(clrType),
        };
        var definition = new ObjectTypeDefinition(configuration, clrType) { DescriptorType = descriptorType };
        _outputTypeNames[clrType] = name;
        _objectTypesByClr[clrType] = definition;
        if (!_objectTypes.TryAdd(name, definition))
        {
            ReportError($"There can be only one type named \"{name}\".", name);
        }

        return definition;
    }

    private InterfaceTypeDefinition DiscoverInterface(Type clrType)
    {
        var definition = new InterfaceTypeDefinition(
            new InterfaceTypeConfiguration(Naming.GetTypeName(clrType, TypeKind.Interface)) { Description = Naming.GetTypeDescription(clrType) },
            clrType);
        RegisterInferred(definition.Configuration, clrType, asOutput: true, asInput: false);
        _interfaces[clrType] = definition;
        _work.Enqueue(() => ObjectFieldInference.AddInterfaceFields(this, definition));
        return definition;
    }

    private UnionTypeDefinition DiscoverUnion(Type clrType)
    {
        var definition = new UnionTypeDefinition(
            new UnionTypeConfiguration(Naming.GetTypeName(clrType, TypeKind.Union)) { Description = Naming.GetTypeDescription(clrType) },
            clrType);
        RegisterInferred(definition.Configuration, clrType, asOutput: true, asInput: false);
        _unions[clrType] = definition;
        return definition;
    }

    private EnumTypeConfiguration DiscoverEnum(Type clrType)
    {
        if (_enums.TryGetValue(clrType, out var existing))
        {
            return existing;
        }

        var configuration = new EnumTypeConfiguration(Naming.GetTypeName(clrType, TypeKind.Enum))
        {
            RuntimeType = clrType,
            Description = Naming.GetTypeDescription(clrType),
        };
        foreach (var member in clrType.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken))
        {
            if (member.IsDefined(typeof(GraphQLIgnoreAttribute)))
            {
                continue;
            }

            configuration.Values.Add(new EnumValueConfiguration(Naming.GetEnumValueName(member), member.GetValue(null))
            {
                Description = Naming.GetMemberDescription(member),
                DeprecationReason = Naming.GetDeprecationReason(member),
            });
        }

        _enums[clrType] = configuration;
        RegisterInferred(configuration, clrType, asOutput: true, asInput: true);
        return configuration;
    }

    private InputObjectTypeDefinition DiscoverInputObject(Type clrType)
    {
        var definition = new InputObjectTypeDefinition(
            new InputObjectTypeConfiguration(Naming.GetTypeName(clrType, TypeKind.InputObject)) { Description = Naming.GetTypeDescription(clrType) },
            clrType);
        RegisterInferred(definition.Configuration, clrType, asOutput: false, asInput: true);
        _inputObjects[clrType] = definition;
        _work.Enqueue(() => AddInputFields(definition));
        return definition;
    }

    private void AddInputFields(InputObjectTypeDefinition definition)
    {
        foreach (var property in MemberCollector.GetInputProperties(definition.RuntimeType))
        {
            var shape = Nullability.GetInputShape(property);
            if (property.GetCustomAttribute<GraphQLNonNullTypeAttribute>() is { } nonNull)
            {
                shape = shape.AsNonNull(nonNull.ElementsNonNull);
            }

            var id = NodeIdAttributes.Read(property);
            var type = TypeOverrides.Apply(this, property, id is not null ? TypeReferences.FromShape(shape, ScalarNames.ID) : null, () => GetInputType(shape));
            var field = new InputFieldConfiguration(Naming.GetMemberName(property), type)
            {
                Description = Naming.GetMemberDescription(property),
                DeprecationReason = Naming.GetDeprecationReason(property),
            };
            if (property.GetCustomAttribute<DefaultValueAttribute>() is { } defaultValue)
            {
                field.RuntimeDefaultValue = defaultValue.Value;
            }

            definition.Configuration.Fields.Add(field);
            definition.Fields.Add(new InputFieldDefinition(field, property, shape) { Id = id });
        }
    }

    private bool TryGetScalarName(Type clrType, out string name) =>
        Options.ScalarBindings.TryGetValue(clrType, out name!) || ScalarTypeMap.TryGetScalarName(clrType, out name);

    /// <summary>Classes, records and structs of the application; framework types need an explicit scalar binding.</summary>
    private static bool IsInferable(Type clrType) =>
        !clrType.IsPrimitive && !clrType.IsPointer && !clrType.IsByRef && !clrType.IsGenericTypeDefinition
        && clrType != typeof(object) && !typeof(Delegate).IsAssignableFrom(clrType)
        && !TypeInspector.IsDictionary(clrType)
        && clrType.Namespace?.StartsWith("System", StringComparison.Ordinal) != true
        && clrType.Namespace?.StartsWith("Microsoft", StringComparison.Ordinal) != true;

    private string Unsupported(Type clrType, string kind)
    {
        ReportError(
            $"No GraphQL type can be inferred from {clrType.FullName} as {kind} type: bind it to a scalar (CodeFirstOptions.ScalarBindings) or use [GraphQLType].",
            clrType.Name);
        return ScalarNames.String;
    }
}
