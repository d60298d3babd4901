using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();
    private const string Code = ValidationErrorCodes.ValueInvalid;

    [Fact]
    public void Spec_examples_coercible_literals()
    {
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment goodBooleanArg on Arguments {
              booleanArgField(booleanArg: true)
            }

            fragment coercedIntIntoFloatArg on Arguments {
              # Note: The input coercion rules for Float allow Int literals.
              floatArgField(floatArg: 123)
            }
            """);
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
              findDog(searchBy: $search) {
                name
              }
            }

            mutation addPet($pet: PetInput! = { cat: { name: "Brontie" } }) {
              addPet(pet: $pet) {
                name
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_examples_string_into_int_and_int_into_string()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment stringIntoInt on Arguments {
              intArgField(intArg: "123")
            }

            query badComplexValue {
              findDog(searchBy: { name: 123 }) {
                name
              }
            }
            """,
            new ExpectedError("Int cannot represent non-integer value: \"123\"", (2, 23)),
            new ExpectedError("String cannot represent a non string value: 123", (6, 29)));
    }

    [Fact]
    public void Enums_lists_nulls_ranges_and_objects()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { complicatedArgs { enumArgField(enumArg: "BROWN") b: enumArgField(enumArg: PURPLE) c: stringListArgField(stringListArg: [1]) d: stringListNonNullArgField(stringListNonNullArg: ["a", null]) e: intArgField(intArg: 2147483648) f: complexArgField(complexArg: 123) } }
            """,
            new ExpectedError("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\".", (1, 43)),
            new ExpectedError("Value \"PURPLE\" does not exist in \"FurColor\" enum.", (1, 77)),
            new ExpectedError("String cannot represent a non string value: 1", (1, 123)),
            new ExpectedError("Expected value of non-null type \"String!\" not to be null.", (1, 184)),
            new ExpectedError("Int cannot represent non 32-bit signed integer value: 2147483648", (1, 214)),
            new ExpectedError("Expected value of type \"ComplexInput\" to be an object, found: 123.", (1, 257)));
    }

    [Fact]
    public void Lists_of_one_variables_and_ids_from_integers_are_fine() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            query Q($b: Boolean!, $s: String) {
              complicatedArgs {
                stringListArgField(stringListArg: "one")
                a: stringListArgField(stringListArg: ["one", $s, null])
                complexArgField(complexArg: { requiredField: $b, stringListField: "x" })
                idArgField(idArg: 1)
                b: idArgField(idArg: "1")
                floatArgField(floatArg: 1)
                nonNullFieldWithDefault(arg: $b)
              }
            }
            """);

    [Fact]
    public void Variable_defaults_and_directive_arguments_are_checked()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            query Q($a: Int = "one", $b: ComplexInput = { intField: 3 }) { dog @include(if: "yes") { name } }
            """,
            new ExpectedError("Int cannot represent non-integer value: \"one\"", (1, 19)),
            new ExpectedError("Boolean cannot represent a non boolean value: \"yes\"", (1, 81)));
    }

    [Fact]
    public void Null_for_a_required_input_field_and_for_a_defaulted_non_null_argument()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { complicatedArgs { complexArgField(complexArg: { requiredField: null }) nonNullFieldWithDefault(arg: null) } }
            """,
            new ExpectedError("Expected value of non-null type \"Boolean!\" not to be null.", (1, 66)),
            new ExpectedError("Expected value of non-null type \"Int!\" not to be null.", (1, 103)));
    }

    [Fact]
    public void A_custom_scalar_that_fails_unexpectedly_gives_an_error_not_a_crash()
    {
        var schema = new Meridian.Types.SchemaBuilder()
            .AddDocument(global::Meridian.Language.Parser.Parse("type Query { field(arg: Fragile): String } scalar Fragile"))
            .AddScalar(new FragileScalar())
            .Build();

        ValidationAssert.Errors(schema, Rule, Code, "{ field(arg: 1) }",
            new ExpectedError("Expected value of type \"Fragile\", but encountered error \"boom\"; found: 1.", (1, 14)));
    }

    private sealed class FragileScalar() : Meridian.Types.ScalarType("Fragile")
    {
        public override Type RuntimeType => typeof(object);

        public override object? ParseLiteral(Meridian.Language.IValueNode literal) => throw new InvalidOperationException("boom");

        public override object? ParseValue(object? externalValue) => externalValue;

        public override object? Serialize(object? runtimeValue) => runtimeValue;

        public override Meridian.Language.IValueNode ValueToLiteral(object? runtimeValue) => Meridian.Language.NullValueNode.Default;
    }
}

public sealed class InputObjectFieldNamesRuleTests
{
    private static readonly InputObjectFieldNamesRule Rule = new();
    private const string Code = ValidationErrorCodes.InputFieldNotDefined;

    [Fact]
    public void Spec_example_known_input_field() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            {
              findDog(searchBy: { name: "Fido" }) {
                name
              }
            }
            """);

    [Fact]
    public void Spec_counter_example_unknown_input_field()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            {
              findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
                name
              }
            }
            """,
            new ExpectedError(
                "Expected value of type \"FindDogInput\" not to include unknown field \"favoriteCookieFlavor\", found: { favoriteCookieFlavor: \"Bacon\" }.",
                (2, 23)));
    }

    [Fact]
    public void Misspelt_input_fields_get_suggestions_also_in_nested_objects()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, intFeild: 1 }) } }
            """,
            new ExpectedError(
                "Expected value of type \"ComplexInput\" not to include unknown field \"intFeild\". Did you mean \"intField\"? Found: { requiredField: true, intFeild: 1 }.",
                (1, 72)));
    }
}

public sealed class InputObjectFieldUniquenessRuleTests
{
    private static readonly InputObjectFieldUniquenessRule Rule = new();

    [Fact]
    public void Spec_counter_example_repeated_input_field()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, ValidationErrorCodes.InputFieldNotUnique, """
            {
              field(arg: { field: true, field: false })
            }
            """,
            new ExpectedError("There can be only one input field named \"field\".", (2, 16), (2, 29)));
    }

    [Fact]
    public void Same_names_in_nested_and_sibling_objects_are_fine() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            { field(arg: { f: { f: 1 }, g: [{ f: 1 }, { f: 2 }] }, other: { f: 1 }) }
            """);
}

public sealed class InputObjectRequiredFieldsRuleTests
{
    private static readonly InputObjectRequiredFieldsRule Rule = new();

    [Fact]
    public void Missing_required_field_without_default()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, ValidationErrorCodes.RequiredInputFieldMissing, """
            { complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }
            """,
            new ExpectedError("Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 4 }.", (1, 49)));
    }

    [Fact]
    public void Fields_with_defaults_are_optional_and_variables_count_as_given() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            query Q($b: Boolean!) { complicatedArgs { complexArgField(complexArg: { requiredField: $b }) } }
            """);

    [Fact]
    public void Spec_example_required_fields_of_a_variable_default()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, ValidationErrorCodes.RequiredInputFieldMissing, """
            mutation addPet($pet: PetInput! = { cat: { nickname: "Brontie" } }) {
              addPet(pet: $pet) { name }
            }
            """,
            new ExpectedError("Expected value of type \"CatInput\" to include required field \"name\", found: { nickname: \"Brontie\" }.", (1, 42)));
    }
}

public sealed class OneOfInputObjectRuleTests
{
    private static readonly OneOfInputObjectRule Rule = new();
    private const string Code = ValidationErrorCodes.OneOfInputInvalid;
    private const string Message = "Within OneOf Input Object type \"{0}\", exactly one field must be specified, and the value for that field must be non-null.";

    [Fact]
    public void Spec_counter_examples_no_field_and_two_fields()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            mutation oneOfWithNoFields {
              addPet(pet: {}) {
                name
              }
            }

            mutation oneOfWithTwoFields($dog: DogInput) {
              addPet(pet: { cat: { name: "Brontie" }, dog: $dog }) {
                name
              }
            }
            """,
            new ExpectedError(string.Format(Message, "PetInput"), (2, 15)),
            new ExpectedError(string.Format(Message, "PetInput"), (8, 15)));
    }

    [Fact]
    public void One_non_null_field_or_a_variable_is_fine() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            query Q($s: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc" })
                a: oneOfArgField(oneOfArg: { intField: $s })
                b: oneOfArgField(oneOfArg: null)
              }
            }
            """);

    [Fact]
    public void Two_fields_and_a_null_field()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { complicatedArgs { oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 }) a: oneOfArgField(oneOfArg: { stringField: null }) } }
            """,
            new ExpectedError(string.Format(Message, "OneOfInput"), (1, 45)),
            new ExpectedError(string.Format(Message, "OneOfInput"), (1, 111)));
    }
}
