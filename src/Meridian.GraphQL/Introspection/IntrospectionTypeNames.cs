namespace Meridian.Introspection;

/// <summary>The names of the introspection types (§4.2) and of the query root's meta-fields.</summary>
public static class IntrospectionTypeNames
{
    public const string Schema = "__Schema";
    public const string Type = "__Type";
    public const string Field = "__Field";
    public const string InputValue = "__InputValue";
    public const string EnumValue = "__EnumValue";
    public const string Directive = "__Directive";
    public const string TypeKind = "__TypeKind";
    public const string DirectiveLocation = "__DirectiveLocation";

    /// <summary>The meta-field on the query root that returns the <c>__Schema</c>.</summary>
    public const string SchemaField = "__schema";

    /// <summary>The meta-field on the query root that returns a named type: <c>__type(name: String!): __Type</c>.</summary>
    public const string TypeField = "__type";

    /// <summary>The meta-field on every object, interface and union type that returns the object type's name.</summary>
    public const string TypeNameField = "__typename";

    /// <summary>True for the names of the eight introspection types.</summary>
    public static bool IsIntrospectionType(string name) =>
        name is Schema or Type or Field or InputValue or EnumValue or Directive or TypeKind or DirectiveLocation;
}
