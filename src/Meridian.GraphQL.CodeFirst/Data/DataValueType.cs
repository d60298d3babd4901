namespace Meridian.CodeFirst.Data;

/// <summary>
/// The filtering and sorting view of a property's CLR type: its kind, the type without <see cref="Nullable{T}"/>,
/// the element of a list, and the GraphQL type names involved.
/// </summary>
internal sealed record DataValueType(DataValueKind Kind, Type ClrType, Type? ElementType, string? TypeName, ObjectTypeDefinition? ObjectType)
{
    private static readonly HashSet<Type> ComparableTypes =
    [
        typeof(byte), typeof(short), typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal),
        typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly), typeof(Guid),
    ];

    /// <summary>The kind of the list's elements (for scalar lists).</summary>
    public DataValueType? Element { get; init; }

    public bool IsScalar => Kind is DataValueKind.String or DataValueKind.Boolean or DataValueKind.Comparable or DataValueKind.Enum;

    public static DataValueType Classify(ICompletionContext context, Type type)
    {
        var clrType = Nullable.GetUnderlyingType(type) ?? type;
        if (clrType == typeof(string))
        {
            return Scalar(DataValueKind.String, clrType, context);
        }

        if (clrType == typeof(bool))
        {
            return Scalar(DataValueKind.Boolean, clrType, context);
        }

        if (clrType.IsEnum)
        {
            return Scalar(DataValueKind.Enum, clrType, context);
        }

        if (ComparableTypes.Contains(clrType))
        {
            return Scalar(DataValueKind.Comparable, clrType, context);
        }

        if (context.TryGetObjectType(clrType, out var objectType))
        {
            return new DataValueType(DataValueKind.Object, clrType, null, objectType.Name, objectType);
        }

        if (TypeInspector.TryGetElementType(clrType, out var elementType) && !TypeInspector.IsDictionary(clrType))
        {
            var element = Classify(context, elementType);
            return element.Kind switch
            {
                DataValueKind.Object => new DataValueType(DataValueKind.ObjectList, clrType, elementType, element.TypeName, element.ObjectType) { Element = element },
                _ when element.IsScalar => new DataValueType(DataValueKind.ScalarList, clrType, elementType, element.TypeName, null) { Element = element },
                _ => Unsupported(clrType),
            };
        }

        return Unsupported(clrType);
    }

    private static DataValueType Scalar(DataValueKind kind, Type clrType, ICompletionContext context) =>
        new(kind, clrType, null, context.GetOutputType(clrType).NamedTypeName, null);

    private static DataValueType Unsupported(Type clrType) => new(DataValueKind.Unsupported, clrType, null, null, null);
}
