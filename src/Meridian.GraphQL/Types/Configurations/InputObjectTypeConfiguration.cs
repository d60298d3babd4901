namespace Meridian.Types;

public sealed class InputObjectTypeConfiguration : NamedTypeConfiguration
{
    public InputObjectTypeConfiguration(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public List<InputFieldConfiguration> Fields { get; } = [];

    /// <summary>A OneOf input object (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; set; }

    /// <summary>The CLR type coerced values are turned into by <see cref="CreateInstance"/>.</summary>
    public Type? RuntimeType { get; set; }

    /// <summary>Turns coerced field values into the runtime value; when null, values stay dictionaries.</summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? CreateInstance { get; set; }

    /// <summary>The reverse of <see cref="CreateInstance"/>, for printing default values given as runtime objects.</summary>
    public Func<object, IReadOnlyDictionary<string, object?>>? GetFieldValues { get; set; }

    public InputFieldConfiguration? FindField(string name) => Fields.Find(f => f.Name == name);
}
