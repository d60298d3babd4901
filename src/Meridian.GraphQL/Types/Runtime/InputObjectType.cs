using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// An input object type (§3.10), possibly a OneOf input object. Coerced values are
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> unless the configuration bound a runtime type and a factory.
/// </summary>
public sealed class InputObjectType : NamedType
{
    private readonly Func<IReadOnlyDictionary<string, object?>, object>? _createInstance;
    private readonly Func<object, IReadOnlyDictionary<string, object?>>? _getFieldValues;

    internal InputObjectType(
        string name,
        string? description,
        bool isOneOf,
        Type? runtimeType,
        Func<IReadOnlyDictionary<string, object?>, object>? createInstance,
        Func<object, IReadOnlyDictionary<string, object?>>? getFieldValues)
        : base(name, description)
    {
        IsOneOf = isOneOf;
        RuntimeType = createInstance is null ? typeof(IReadOnlyDictionary<string, object?>) : runtimeType ?? typeof(object);
        _createInstance = createInstance;
        _getFieldValues = getFieldValues;
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public override DirectiveLocation DirectiveLocation => DirectiveLocation.InputObject;

    public FieldCollection<InputField> Fields { get; private set; } = FieldCollection<InputField>.Empty;

    /// <summary>True for a OneOf input object (<c>@oneOf</c>): exactly one field must be given, and not null.</summary>
    public bool IsOneOf { get; }

    /// <summary>The CLR type of coerced values.</summary>
    public Type RuntimeType { get; }

    /// <summary>
    /// Turns coerced field values (only the fields given or defaulted: the given ones in the order given, then the
    /// defaulted ones in field order) into the runtime value.
    /// </summary>
    public object CreateInstance(IReadOnlyDictionary<string, object?> fieldValues) =>
        _createInstance is null ? fieldValues : _createInstance(fieldValues);

    /// <summary>The reverse of <see cref="CreateInstance"/>: the field values of a runtime value, for printing defaults.</summary>
    public IReadOnlyDictionary<string, object?> GetFieldValues(object runtimeValue)
    {
        ArgumentNullException.ThrowIfNull(runtimeValue);
        if (runtimeValue is IReadOnlyDictionary<string, object?> map)
        {
            return map;
        }

        if (_getFieldValues is not null)
        {
            return _getFieldValues(runtimeValue);
        }

        throw new InvalidOperationException(
            $"The input object type {Name} cannot read the field values of a {runtimeValue.GetType().Name}; configure GetFieldValues.");
    }

    internal void SetFields(FieldCollection<InputField> fields) => Fields = fields;
}
