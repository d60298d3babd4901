using System.Text;
using Meridian.Language;
using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void The_default_rules_are_every_rule_of_the_specification_and_the_limits()
    {
        Assert.Equal(31, ValidationRules.Specified.Select(r => r.GetType()).Distinct().Count());
        Assert.Equal(ValidationRules.Specified.Count + ValidationRules.Limits.Count, ValidationRules.Default.Count);
        Assert.Same(ValidationRules.Default, ValidationRules.Default);
        Assert.Equal(ValidationRules.Default, DocumentValidator.Default.Rules);
    }

    [Fact]
    public void The_full_introspection_query_is_valid_and_within_graphql_js_introspection_depth()
    {
        var result = DocumentValidator.Default.Validate(PetStoreSchema.Schema, Parser.Parse(Meridian.Introspection.IntrospectionQuery.Text));

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void Errors_stop_at_the_limit_with_a_final_error_saying_so()
    {
        var document = new StringBuilder("{ dog {");
        for (var i = 0; i < 10; i++)
        {
            document.Append($" unknown{i}");
        }

        var result = DocumentValidator.Default.Validate(
            PetStoreSchema.Schema,
            Parser.Parse(document.Append(" } }").ToString()),
            new ValidationOptions { MaxErrors = 3 });

        Assert.Equal(4, result.Errors.Count);
        Assert.All(result.Errors.Take(3), e => Assert.Equal(ValidationErrorCodes.FieldNotDefined, e.Code));
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", result.Errors[3].Message);
        Assert.Equal(ValidationErrorCodes.MaxErrorsExceeded, result.Errors[3].Code);
    }

    [Fact]
    public void Every_error_of_a_specification_rule_names_its_code_and_section()
    {
        var errors = ValidationAssert.Validate(PetStoreSchema.Schema, """
            query Q($v: Dog, $v: Int) { dog { unknown ...Missing name(surname: "yes") } }
            query Q { cat { meows { x } } }
            fragment Unused on Cat { name }
            """);

        Assert.True(errors.Count >= 6);
        Assert.All(errors, error =>
        {
            Assert.NotNull(error.Code);
            Assert.StartsWith("https://spec.graphql.org/September2025/#sec-", (string)error.Extensions!["specifiedBy"]!);
            Assert.NotEmpty(error.Locations!);
        });
    }

    [Fact]
    public void A_cancelled_token_stops_validation()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            DocumentValidator.Default.Validate(PetStoreSchema.Schema, Parser.Parse("{ dog { name } }"), null, cancellation.Token));
    }

    [Fact]
    public void Cancellation_during_the_walk_is_noticed()
    {
        using var cancellation = new CancellationTokenSource();
        var validator = new DocumentValidator([.. ValidationRules.Specified, new CancelOnFirstField(cancellation)]);
        var document = new StringBuilder("{ dog {");
        for (var i = 0; i < 2_000; i++)
        {
            document.Append($" a{i}: name");
        }

        Assert.Throws<OperationCanceledException>(() =>
            validator.Validate(PetStoreSchema.Schema, Parser.Parse(document.Append(" } }").ToString()), null, cancellation.Token));
    }

    [Fact]
    public void Validation_is_deterministic_and_safe_to_run_on_many_threads()
    {
        const string Document = """
            query A($x: Int, $y: Dog) { dog { ...F x: name x: nickname isAtLocation(x: $x, y: "1") } human { pets { ... on Cat { meows } ... on Dog { barks } } } }
            query A { complicatedArgs { complexArgField(complexArg: { intFeild: 1 }) oneOfArgField(oneOfArg: { stringField: "a", intField: 1 }) } }
            fragment F on Dog { mother { ...G } name: barks }
            fragment G on Dog { father { ...F } }
            """;
        var document = Parser.Parse(Document);
        var expected = Describe(DocumentValidator.Default.Validate(PetStoreSchema.Schema, document));
        Assert.NotEmpty(expected);

        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = Describe(DocumentValidator.Default.Validate(PetStoreSchema.Schema, document)));

        Assert.All(results, actual => Assert.Equal(expected, actual));
    }

    [Fact]
    public void A_visitor_that_skips_a_node_misses_its_children_and_its_leave_while_others_do_not()
    {
        var skipper = new FieldRecorder(skipField: "dog");
        var recorder = new FieldRecorder(skipField: null);
        new DocumentValidator([new RuleOf(skipper), new RuleOf(recorder)])
            .Validate(PetStoreSchema.Schema, Parser.Parse("{ dog { name } cat { name } }"));

        Assert.Equal(["enter dog", "enter cat", "enter name", "leave name", "leave cat"], skipper.Events);
        Assert.Equal(
            ["enter dog", "enter name", "leave name", "leave dog", "enter cat", "enter name", "leave name", "leave cat"],
            recorder.Events);
    }

    [Fact]
    public void Type_information_is_tracked_for_fields_arguments_and_values()
    {
        var recorder = new TypeRecorder();
        new DocumentValidator([new RuleOf(recorder)]).Validate(PetStoreSchema.Schema, Parser.Parse("""
            query Q($c: ComplexInput = { requiredField: true }) {
              dog { isHouseTrained(atOtherHomes: false) doesKnowCommand(dogCommand: SIT) __typename }
              catOrDog { __typename }
              complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: false, stringListField: ["a"] }) }
            }
            """));

        Assert.Equal(
            [
                "variable $c: ComplexInput",
                "object ComplexInput (parent null)",
                "object field requiredField: Boolean! default none",
                "field QueryRoot.dog: Dog",
                "field Dog.isHouseTrained: Boolean",
                "argument atOtherHomes: Boolean default true",
                "field Dog.doesKnowCommand: Boolean",
                "argument dogCommand: DogCommand default none",
                "enum SIT of DogCommand",
                "field Dog.__typename: String!",
                "field QueryRoot.catOrDog: CatOrDog",
                "field CatOrDog.__typename: String!",
                "field QueryRoot.complicatedArgs: ComplicatedArgs",
                "field ComplicatedArgs.complexArgField: String",
                "argument complexArg: ComplexInput default none",
                "object ComplexInput (parent null)",
                "object field requiredField: Boolean! default none",
                "object field nonNullField: Boolean! default false",
                "object field stringListField: [String] default none",
                "list item String (parent [String])",
            ],
            recorder.Events);
    }

    private static string Describe(ValidationResult result) =>
        string.Join("\n", result.Errors.Select(e => $"{e.Code} {e.Message} {string.Join(",", e.Locations!.Select(l => $"{l.Line}:{l.Column}"))}"));

    private sealed class RuleOf(ValidationVisitor visitor) : IValidationRule
    {
        public ValidationVisitor CreateVisitor(ValidationContext context) => visitor;
    }

    private sealed class CancelOnFirstField(CancellationTokenSource cancellation) : IValidationRule
    {
        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(cancellation);

        private sealed class Visitor(CancellationTokenSource cancellation) : ValidationVisitor
        {
            protected override VisitorAction Enter(FieldNode node, ValidationContext context)
            {
                cancellation.Cancel();
                return VisitorAction.Continue;
            }
        }
    }

    private sealed class FieldRecorder(string? skipField) : ValidationVisitor
    {
        public List<string> Events { get; } = [];

        protected override VisitorAction Enter(FieldNode node, ValidationContext context)
        {
            Events.Add($"enter {node.Name.Value}");
            return node.Name.Value == skipField ? VisitorAction.Skip : VisitorAction.Continue;
        }

        protected override VisitorAction Leave(FieldNode node, ValidationContext context)
        {
            Events.Add($"leave {node.Name.Value}");
            return VisitorAction.Continue;
        }
    }

    private sealed class TypeRecorder : ValidationVisitor
    {
        public List<string> Events { get; } = [];

        protected override VisitorAction Enter(VariableDefinitionNode node, ValidationContext context)
        {
            Events.Add($"variable ${node.Variable.Name.Value}: {context.InputType}");
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(FieldNode node, ValidationContext context)
        {
            Events.Add($"field {context.ParentType}.{context.FieldDefinition?.Name}: {context.Type}");
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(ArgumentNode node, ValidationContext context)
        {
            Events.Add($"argument {context.Argument?.Name}: {context.InputType} default {Print(context.DefaultValue)}");
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(ObjectValueNode node, ValidationContext context)
        {
            Events.Add($"object {context.InputType} (parent {context.ParentInputType?.ToString() ?? "null"})");
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(ObjectFieldNode node, ValidationContext context)
        {
            Events.Add($"object field {node.Name.Value}: {context.InputType} default {Print(context.DefaultValue)}");
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(StringValueNode node, ValidationContext context)
        {
            if (context.ParentInputType is Meridian.Types.ListType)
            {
                Events.Add($"list item {context.InputType} (parent {context.ParentInputType})");
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(EnumValueNode node, ValidationContext context)
        {
            Events.Add($"enum {context.EnumValue?.Name} of {context.InputType}");
            return VisitorAction.Continue;
        }

        private static string Print(IValueNode? value) => value is null ? "none" : SyntaxPrinter.Print(value);
    }
}
