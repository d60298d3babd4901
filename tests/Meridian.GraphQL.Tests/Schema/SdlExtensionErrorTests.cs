using static Meridian.GraphQL.Tests.SchemaBuilding.SchemaAssert;

namespace Meridian.GraphQL.Tests.SchemaBuilding;

public sealed class SdlExtensionErrorTests
{
    [Fact]
    public void Extended_types_must_exist_with_the_same_kind() =>
        FailsWith(
            "type Query { a: Int } extend type Missing { a: Int } extend interface Query { b: Int } extend input Query { c: Int }",
            "Cannot extend type \"Missing\" because it is not defined.",
            "Cannot extend non-interface type \"Query\".",
            "Cannot extend non-input object type \"Query\".");

    [Fact]
    public void Extensions_cannot_redefine_members() =>
        FailsWith(
            """
            type Query { a: Int }
            extend type Query { a: String }
            enum E { A }
            extend enum E { A }
            input In { x: Int }
            extend input In { x: Int }
            """,
            "Field \"Query.a\" already exists in the schema. It cannot also be defined in this type extension.",
            "Enum value \"E.A\" already exists in the schema. It cannot also be defined in this type extension.",
            "Field \"In.x\" already exists in the schema. It cannot also be defined in this type extension.");

    [Fact]
    public void Extensions_cannot_implement_an_interface_twice() =>
        FailsWith(
            "type Query implements I { a: Int } interface I { a: Int } extend type Query implements I",
            "Type Query can only implement I once.");

    [Fact]
    public void Input_object_extensions_cannot_apply_one_of() =>
        FailsWith(
            "type Query { a: Int } input In { a: Int } extend input In @oneOf",
            "The @oneOf directive cannot be applied by an extension of the input object type \"In\".");

    [Fact]
    public void Fields_added_to_a_one_of_input_object_follow_its_rules() =>
        FailsWith(
            "type Query { a: Int } input In @oneOf { a: Int } extend input In { b: Int! }",
            "OneOf input field In.b must be nullable.");

    [Fact]
    public void Schema_extensions_cannot_redefine_root_types() =>
        FailsWith(
            "type Query { a: Int } type Other { b: Int } extend schema { query: Other }",
            "Type for query already defined in the schema. It cannot be redefined.");
}
