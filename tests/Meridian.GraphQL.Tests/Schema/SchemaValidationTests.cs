using Meridian.Errors;
using Meridian.Types;
using static Meridian.GraphQL.Tests.SchemaBuilding.SchemaAssert;

namespace Meridian.GraphQL.Tests.SchemaBuilding;

/// <summary>Every type validation rule of §3, each with a failing schema and the error that names the member.</summary>
public sealed class SchemaValidationTests
{
    [Fact]
    public void Query_root_type_must_be_provided() =>
        FailsWith("type Other { a: Int }", "Query root type must be provided.");

    [Fact]
    public void Root_types_must_be_object_types() =>
        FailsWith(
            "schema { query: Q mutation: M } scalar Q input M { a: Int }",
            "Query root type must be Object type, it cannot be Q.",
            "Mutation root type must be Object type if provided, it cannot be M.",
            "Query root type must be provided.");

    [Fact]
    public void Root_types_must_differ() =>
        FailsWith(
            "schema { query: Q mutation: Q subscription: Q } type Q { a: Int }",
            "All root types must be different, \"Q\" type is used as query, mutation, and subscription root types.");

    [Fact]
    public void Schema_definition_names_known_types_once() =>
        FailsWith(
            "schema { query: Missing query: Q } schema { query: Q } type Q { a: Int }",
            "There can be only one query type in schema.",
            "Must provide only one schema definition.",
            "Unknown type \"Missing\".",
            "Query root type must be provided.");

    [Fact]
    public void Type_names_are_unique_and_not_built_in() =>
        FailsWith(
            "type Query { a: Int } type Query { b: Int } scalar String",
            "There can be only one type named \"Query\".",
            "Type \"String\" already exists in the schema. It cannot also be defined in this type definition.");

    [Fact]
    public void Directive_names_are_unique_and_not_built_in() =>
        FailsWith(
            "type Query { a: Int } directive @a on FIELD directive @a on FIELD directive @skip on FIELD",
            "There can be only one directive named \"@a\".",
            "Directive \"@skip\" already exists in the schema. It cannot be redefined.");

    [Fact]
    public void Names_must_not_begin_with_two_underscores() =>
        FailsWith(
            """
            type Query { __a(__x: Int): Int b(x: __In): Int }
            input __In { __f: Int }
            enum __E { __V }
            directive @__d(__y: Int) on FIELD
            """,
            "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__In\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__f\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__E\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__V\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__y\" must not begin with \"__\", which is reserved by GraphQL introspection.");

    [Fact]
    public void Programmatic_names_must_be_graphql_names()
    {
        var query = new ObjectTypeConfiguration("Query");
        query.Fields.Add(new FieldConfiguration("1a", "Int"));
        query.Fields.Add(new FieldConfiguration("a-b", "Int"));
        var enumType = new EnumTypeConfiguration("E");
        enumType.Values.Add(new EnumValueConfiguration("true"));

        var errors = BuildErrors(SchemaBuilder.New().AddType(query).AddType(enumType));

        HasError(errors, "Names must start with [_a-zA-Z] but \"1a\" does not.");
        HasError(errors, "Names must only contain [_a-zA-Z0-9] but \"a-b\" does not.");
        HasError(errors, "Enum type E cannot include value: true.");
    }

    [Fact]
    public void Object_and_interface_types_must_define_fields() =>
        FailsWith(
            "type Query { a: I } type Empty interface I",
            "Type Empty must define one or more fields.",
            "Type I must define one or more fields.");

    [Fact]
    public void Field_names_are_unique_within_a_type() =>
        FailsWith("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.");

    [Fact]
    public void Fields_must_have_output_types() =>
        FailsWith("type Query { a: In } input In { x: Int }", "The type of Query.a must be Output Type but got: In.");

    [Fact]
    public void Arguments_are_unique_and_have_input_types() =>
        FailsWith(
            "type Query { a(x: Int, x: Int): Int b(y: [Query!]): Int }",
            "Argument \"Query.a(x:)\" can only be defined once.",
            "The type of Query.b(y:) must be Input Type but got: [Query!].");

    [Fact]
    public void Required_arguments_cannot_be_deprecated()
    {
        var errors = BuildErrors("type Query { a(x: Int! @deprecated, y: Int! = 1 @deprecated, z: Int @deprecated): Int }");

        var error = Assert.Single(errors);
        Assert.Equal("Required argument Query.a(x:) cannot be deprecated.", error.Message);
        Assert.Equal("Query.a(x:)", error.Extensions!["coordinate"]);
        Assert.Equal(ErrorCodes.SchemaInvalid, error.Code);
    }

    [Fact]
    public void Default_values_must_coerce_to_their_type() =>
        FailsWith(
            """
            type Query { a(x: Int = "one", y: [Int!] = [1, null], z: In = { b: 1 }): Int }
            input In { a: Int! = 1.5 b: Int }
            """,
            "Query.a(x:) has invalid default value: Int cannot represent non-integer value: \"one\"",
            "Query.a(y:) has invalid default value at value[1]: Expected value of type \"Int!\", found null.",
            "In.a has invalid default value: Int cannot represent non-integer value: 1.5",
            "Query.a(z:) has invalid default value: Field \"In.a\" of required type \"Int!\" was not provided.");

    [Fact]
    public void Types_must_be_known() =>
        FailsWith(
            "type Query { a: Missing b(x: [Unknown!]): Int } union U = Gone",
            "Unknown type \"Missing\".",
            "Unknown type \"Unknown\".",
            "Unknown type \"Gone\".");

    [Fact]
    public void Only_interfaces_can_be_implemented_and_only_once() =>
        FailsWith(
            "type Query implements Other & I & I { a: Int } type Other { a: Int } interface I { a: Int }",
            "Type Query must only implement Interface types, it cannot implement Other.",
            "Type Query can only implement I once.");

    [Fact]
    public void Interfaces_cannot_implement_themselves() =>
        FailsWith(
            "type Query { a: Int } interface I implements I { a: Int } interface A implements B { a: Int } interface B implements A { a: Int }",
            "Type I cannot implement itself because it would create a circular reference.",
            "Type A cannot implement B because it would create a circular reference.",
            "Type B cannot implement A because it would create a circular reference.");

    [Fact]
    public void Implementations_must_declare_transitive_interfaces() =>
        FailsWith(
            "type Query implements B { id: ID } interface A { id: ID } interface B implements A { id: ID }",
            "Type Query must implement A because it is implemented by B.");

    [Fact]
    public void Implementations_must_provide_every_interface_field() =>
        FailsWith(
            "type Query implements I { a: Int } interface I { a: Int b: String }",
            "Interface field I.b expected but Query does not provide it.");

    [Fact]
    public void Implementation_fields_must_be_covariant() =>
        FailsWith(
            """
            type Query implements I { a: Int b: [String] c: String d: Obj }
            interface I { a: String b: [String!] c: String! d: Other }
            type Obj { x: Int }
            interface Other { x: Int }
            """,
            "Interface field I.a expects type String but Query.a is type Int.",
            "Interface field I.b expects type [String!] but Query.b is type [String].",
            "Interface field I.c expects type String! but Query.c is type String.",
            "Interface field I.d expects type Other but Query.d is type Obj.");

    [Fact]
    public void Covariant_implementation_fields_are_valid()
    {
        var schema = Build("""
            type Query implements I { a: String! b: [Obj!]! c: Obj u: Obj }
            interface I { a: String b: [Other] c: Other u: U }
            type Obj implements Other { x: Int }
            interface Other { x: Int }
            union U = Obj
            """);

        Assert.True(schema.QueryType.IsImplementing("I"));
    }

    [Fact]
    public void Implementation_arguments_must_match() =>
        FailsWith(
            """
            type Query implements I { a(y: Int): Int b(x: String): Int c(x: Int, extra: Int!): Int d(x: Int, fine: Int, ok: Int! = 1): Int }
            interface I { a(x: Int): Int b(x: Int): Int c(x: Int): Int d(x: Int): Int }
            """,
            "Interface field argument I.a(x:) expected but Query.a does not provide it.",
            "Interface field argument I.b(x:) expects type Int but Query.b(x:) is type String.",
            "Argument \"Query.c(extra:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.c\".");

    [Fact]
    public void Implementation_fields_cannot_be_deprecated_alone() =>
        FailsWith(
            "type Query implements I { a: Int @deprecated b: Int @deprecated } interface I { a: Int b: Int @deprecated }",
            "Interface field I.a is not deprecated, so implementation field Query.a must not be deprecated.");

    [Fact]
    public void Unions_need_unique_object_members() =>
        FailsWith(
            "type Query { a: Int } union Empty union U = Query | Query | I | String interface I { a: Int }",
            "Union type Empty must define one or more member types.",
            "Union type U can only include type Query once.",
            "Union type U can only include Object types, it cannot include I.",
            "Union type U can only include Object types, it cannot include String.");

    [Fact]
    public void Enums_need_unique_values() =>
        FailsWith(
            "type Query { a: Int } enum Empty enum E { A A }",
            "Enum type Empty must define one or more values.",
            "Enum value \"E.A\" can only be defined once.");

    [Fact]
    public void Input_objects_need_unique_input_fields() =>
        FailsWith(
            "type Query { a: Int } input Empty input In { a: Int a: Int b: Query c: Int! @deprecated }",
            "Input Object type Empty must define one or more fields.",
            "Field \"In.a\" can only be defined once.",
            "The type of In.b must be Input Type but got: Query.",
            "Required input field In.c cannot be deprecated.");

    [Fact]
    public void OneOf_fields_are_nullable_without_defaults() =>
        FailsWith(
            "type Query { a: Int } input In @oneOf { a: Int! b: Int = 1 c: Int }",
            "OneOf input field In.a must be nullable.",
            "OneOf input field In.b cannot have a default value.");

    [Fact]
    public void Input_objects_cannot_reach_themselves_through_non_null_fields() =>
        FailsWith(
            """
            type Query { a: Int }
            input Self { self: Self! }
            input A { b: B! }
            input B { a: A! }
            input Fine { next: Fine list: [Fine!]! }
            """,
            "Invalid circular reference. The Input Object Self references itself in the non-null field Self.self.",
            "Invalid circular reference. The Input Object A references itself via the non-null fields: A.b, B.a.");

    [Fact]
    public void Default_values_cannot_reference_themselves() =>
        FailsWith(
            """
            type Query { a: Int }
            input Self { self: Self = {} }
            input A { b: B = {} }
            input B { a: A = {} }
            input Fine { next: Fine = { next: null } }
            """,
            "Invalid circular reference. The default value of Input Object field Self.self references itself.",
            "Invalid circular reference. The default value of Input Object field A.b references itself via the default values of: B.a.");

    [Fact]
    public void Directive_definitions_need_locations_and_input_arguments()
    {
        var directive = new DirectiveTypeConfiguration("none");
        directive.Arguments.Add(new ArgumentConfiguration("x", "Query"));

        var errors = BuildErrors("type Query { a: Int }", builder => builder.AddDirectiveType(directive));

        HasError(errors, "Directive @none must include 1 or more locations.");
        HasError(errors, "The type of @none(x:) must be Input Type but got: Query.");
    }

    [Fact]
    public void Directives_cannot_reference_themselves() =>
        FailsWith(
            """
            type Query { a: Int }
            directive @direct(a: Int @direct) on ARGUMENT_DEFINITION
            directive @indirect(a: In) on INPUT_FIELD_DEFINITION
            input In { x: Int @indirect }
            """,
            "Directive \"@direct\" must not reference itself, directly or through the types of its arguments.",
            "Directive \"@indirect\" must not reference itself, directly or through the types of its arguments.");

    [Fact]
    public void Errors_point_into_the_sdl()
    {
        var error = Assert.Single(BuildErrors("type Query {\n  a: Int\n  a: String\n}"));

        Assert.Equal("Field \"Query.a\" can only be defined once.", error.Message);
        var location = Assert.Single(error.Locations!);
        Assert.Equal((3, 3), (location.Line, location.Column));
        Assert.Equal("Query.a", error.Extensions!["coordinate"]);
    }

    [Fact]
    public void The_exception_message_lists_every_error()
    {
        var exception = Assert.Throws<SchemaException>(() => Build("type Query { a: X b: Y }"));

        Assert.Equal($"Unknown type \"X\".{Environment.NewLine}Unknown type \"Y\".", exception.Message);
    }
}
