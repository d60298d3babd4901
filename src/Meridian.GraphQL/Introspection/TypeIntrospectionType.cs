using Meridian.Execution;
using Meridian.Types;
using static Meridian.Introspection.IntrospectionFieldFactory;

namespace Meridian.Introspection;

/// <summary>
/// <c>__Type</c> (§4.2.2): any type, named or a list/non-null wrapper. Parent: <see cref="IType"/>. Fields that do not
/// apply to the type's kind resolve to null, as the specification requires.
/// </summary>
internal static class TypeIntrospectionType
{
    public static ObjectTypeConfiguration Create(IntrospectionCache cache) => Object(
        IntrospectionTypeNames.Type,
        "A type of the schema. Named types (scalars, objects, interfaces, unions, enums, input objects) have a name; "
            + "list and non-null types wrap another type, given by `ofType`. Which of the other fields are non-null depends on `kind`.",
        Field("kind", "__TypeKind!", null, static context => TypeKindIntrospectionEnum.GetName(context.Parent<IType>().Kind)),
        Field("name", "String", null, static context => (context.Parent<IType>() as INamedType)?.Name),
        Field("description", "String", null, static context => (context.Parent<IType>() as INamedType)?.Description),
        Field("specifiedByURL", "String", "For custom scalars: the URL of the specification of their behaviour, if any.", static context => (context.Parent<IType>() as ScalarType)?.SpecifiedBy),
        ListWithDeprecated("fields", "[__Field!]", "For objects and interfaces: their fields.", context => Lists(context, cache)?.Fields?.Get(IncludesDeprecated(context))),
        Field("interfaces", "[__Type!]", "For objects and interfaces: the interfaces they implement.", context => Lists(context, cache)?.Interfaces),
        Field("possibleTypes", "[__Type!]", "For interfaces and unions: the object types a value can have at runtime.", context => Lists(context, cache)?.PossibleTypes),
        ListWithDeprecated("enumValues", "[__EnumValue!]", "For enums: their values.", context => Lists(context, cache)?.EnumValues?.Get(IncludesDeprecated(context))),
        ListWithDeprecated("inputFields", "[__InputValue!]", "For input objects: their fields.", context => Lists(context, cache)?.InputFields?.Get(IncludesDeprecated(context))),
        Field("ofType", "__Type", "For lists and non-null types: the type they wrap.", static context => OfType(context.Parent<IType>())),
        Field("isOneOf", "Boolean", "For input objects: whether exactly one field must be given (@oneOf).", static context => IsOneOf(context.Parent<IType>())));

    private static IntrospectionSnapshot.TypeLists? Lists(IResolverContext context, IntrospectionCache cache) =>
        cache.Get(context.Schema).GetLists(context.Parent<IType>());

    private static IType? OfType(IType type) => type switch
    {
        NonNullType nonNull => nonNull.NullableType,
        ListType list => list.ElementType,
        _ => null,
    };

    private static object? IsOneOf(IType type) => type is InputObjectType inputType ? BoxedBooleans.Box(inputType.IsOneOf) : null;
}
