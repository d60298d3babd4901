using Meridian.Language;
using Meridian.Types;
using Testing;
using static Meridian.GraphQL.Tests.SchemaBuilding.SchemaAssert;

namespace Meridian.GraphQL.Tests.SchemaBuilding;

public sealed class SchemaPrinterTests
{
    private const string EveryKind = """"
        """
        The booking schema.
        """
        schema @tag(name: "schema") {
          query: Root
          mutation: Change
          subscription: Events
        }

        "Tags a member."
        directive @tag(
          "The tag's name."
          name: String!
        ) repeatable on SCHEMA | OBJECT | FIELD_DEFINITION | ENUM_VALUE | SCALAR | ENUM

        directive @internal on FIELD_DEFINITION

        type Root {
          "Finds a provider."
          provider(id: ID!): Provider
          slots(from: DateTime!, days: Int = 7, filter: SlotFilter = { kinds: [ONLINE], note: "a \"quoted\" note" }): [Slot!]!
          search(
            "What to look for: a name or a \"quoted\" phrase."
            term: String!
            limit: Int = 10 @deprecated(reason: "Use `first`.")
            first: Int
          ): [SearchResult!]! @tag(name: "beta")
          legacy: String @deprecated
          secret: String @internal
        }

        type Change {
          book(key: SlotKey!): Booking
        }

        type Events {
          slotChanged(providerId: ID!): Slot
        }

        """
        Something with an id.
        Second line of the description.
        """
        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name: String!
        }

        """
        A person or practice that offers appointments, described at length so that the description passes seventy characters.
        """
        type Provider implements Named & Node {
          id: ID!
          name: String!
          website: URL
          slots: [Slot!]!
        }

        type Slot implements Node {
          id: ID!
          startsAt: DateTime!
          kind: SlotKind!
          price: Decimal
        }

        type Booking implements Node {
          id: ID!
          slot: Slot!
          reference: UUID!
        }

        union SearchResult = Provider | Slot

        "How an appointment takes place."
        enum SlotKind @tag(name: "enum") {
          "In person."
          ONLINE
          IN_PERSON
          PHONE @deprecated(reason: "Use ONLINE.")
        }

        input SlotFilter {
          kinds: [SlotKind!] = [ONLINE, IN_PERSON]
          note: String
          day: Date
        }

        "Exactly one way to identify a slot."
        input SlotKey @oneOf {
          id: ID
          startsAt: DateTime
        }

        scalar Money @specifiedBy(url: "https://example.com/money") @tag(name: "money")
        """";

    [Fact]
    public void Prints_a_schema_with_every_kind_of_type()
    {
        var schema = Build(EveryKind, builder => builder.OnBeforeComplete(context =>
        {
            context.TryGetDirectiveType("internal", out var directive);
            directive!.IsPublic = false;
        }));

        Snapshot.Match(SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Printed_sdl_builds_the_same_schema_again()
    {
        var printed = SchemaPrinter.Print(Build(EveryKind));

        Assert.Equal(printed, SchemaPrinter.Print(Build(printed)));
    }

    [Fact]
    public void A_normalized_document_round_trips_unchanged()
    {
        const string sdl = """
            type Query {
              books(first: Int = 10, after: String): [Book!]!
              book(id: ID!): Book
            }

            type Mutation {
              addBook(input: AddBookInput!): Book!
            }

            type Book {
              id: ID!
              title: String!
              published: Date
              price: Money
              tags: [String!]! @deprecated(reason: "Use `labels`.")
            }

            input AddBookInput {
              title: String!
              published: Date
              copies: Int = 1
            }

            scalar Date

            scalar Money
            """;

        var schema = Build(sdl, builder => builder.AddScalar(new DateScalarWithoutDescription()));

        Assert.Equal(sdl + "\n", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Omits_the_schema_definition_only_for_default_root_names()
    {
        Assert.DoesNotContain("schema {", Build("type Query { a: Int } type Mutation { b: Int }").ToString());
        Assert.StartsWith(
            "schema {\n  query: Query\n}",
            Build("schema { query: Query } type Query { a: Mutation } type Mutation { b: Int }").ToString());
        Assert.StartsWith(
            "\"\"\"A description\"\"\"\nschema {",
            Build("type Query { a: Int }", builder => builder.SetDescription("A description")).ToString());
    }

    [Fact]
    public void Prints_defaults_given_as_runtime_values()
    {
        var query = new ObjectTypeConfiguration("Query");
        var field = new FieldConfiguration("slots", "[String]");
        field.Arguments.Add(new ArgumentConfiguration("take", "Int") { RuntimeDefaultValue = 20 });
        field.Arguments.Add(new ArgumentConfiguration("order", "[Order!]") { RuntimeDefaultValue = new[] { "ASC" } });
        field.Arguments.Add(new ArgumentConfiguration("window", "Window") { RuntimeDefaultValue = new Window(2, null) });
        query.Fields.Add(field);
        var order = new EnumTypeConfiguration("Order");
        order.Values.Add(new EnumValueConfiguration("ASC"));
        var window = new InputObjectTypeConfiguration("Window")
        {
            RuntimeType = typeof(Window),
            CreateInstance = values => new Window((int)values["days"]!, (int?)values.GetValueOrDefault("hours")),
            GetFieldValues = value => new Dictionary<string, object?> { ["days"] = ((Window)value).Days },
        };
        window.Fields.Add(new InputFieldConfiguration("days", "Int!"));
        window.Fields.Add(new InputFieldConfiguration("hours", "Int"));

        var schema = SchemaBuilder.New().AddType(query).AddType(order).AddType(window).Build();

        Assert.Contains("slots(take: Int = 20, order: [Order!] = [ASC], window: Window = { days: 2 }): [String]", schema.ToString());
        var windowArgument = schema.QueryType.Fields["slots"].Arguments["window"];
        Assert.Equal(new Window(2, null), windowArgument.RuntimeDefaultValue);
        Assert.Equal(typeof(Window), schema.GetType<InputObjectType>("Window").RuntimeType);
        Assert.IsType<ObjectValueNode>(windowArgument.DefaultValue);
    }

    private sealed record Window(int Days, int? Hours);

    private sealed class DateScalarWithoutDescription : StringFormatScalarType<DateOnly>
    {
        private readonly DateType _date = new();

        public DateScalarWithoutDescription()
            : base("Date", description: null, specifiedBy: null)
        {
        }

        protected override string FormatName => "date";

        protected override bool TryParse(string text, out DateOnly value) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", out value);

        protected override string Format(DateOnly value) => (string)_date.Serialize(value)!;
    }
}
