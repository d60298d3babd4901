using Meridian.Errors;
using Meridian.Types;

namespace Meridian.GraphQL.Tests.Types;

public sealed class ProgrammaticSchemaTests
{
    [Fact]
    public void Builds_a_schema_from_configurations()
    {
        var query = new ObjectTypeConfiguration("Query");
        query.Fields.Add(new FieldConfiguration("book", TypeReference.Named("Book")));
        var book = new ObjectTypeConfiguration("Book");
        book.Fields.Add(new FieldConfiguration("title", "String!"));
        book.Fields.Add(new FieldConfiguration("published", "DateTime"));

        var schema = SchemaBuilder.New().AddType(query).AddType(book).Build();

        Assert.Equal("Query", schema.QueryType.Name);
        var bookType = schema.GetType<ObjectType>("Book");
        Assert.Equal("String!", bookType.Fields["title"].Type.Print());
        Assert.IsType<DateTimeType>(bookType.Fields["published"].Type);
        Assert.Same(bookType, schema.QueryType.Fields["book"].Type);
    }

    [Fact]
    public void Reports_every_error_at_once()
    {
        var query = new ObjectTypeConfiguration("Query");
        query.Fields.Add(new FieldConfiguration("a", "Missing"));
        query.Fields.Add(new FieldConfiguration("__b", "String"));

        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddType(query).Build());

        Assert.Contains(exception.Errors, e => e.Message == "Unknown type \"Missing\".");
        Assert.Contains(exception.Errors, e => e.Message == "Name \"__b\" must not begin with \"__\", which is reserved by GraphQL introspection.");
    }

    [Fact]
    public void A_builder_builds_once()
    {
        var builder = SchemaBuilder.New().AddTypeDefinitions("type Query { a: Int }");
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void Type_references_may_be_scalar_instances()
    {
        var money = new MoneyType();
        var query = new ObjectTypeConfiguration("Query");
        query.Fields.Add(new FieldConfiguration("price", TypeReference.Create(new NonNullType(money))));
        query.Fields.Add(new FieldConfiguration("prices", TypeReference.Create(money).List()));

        var schema = SchemaBuilder.New().AddType(query).Build();

        Assert.Same(money, schema.GetType("Money"));
        Assert.Equal("Money!", schema.QueryType.Fields["price"].Type.Print());
        Assert.Equal("[Money]", schema.QueryType.Fields["prices"].Type.Print());
        Assert.Equal(
            "The scalar instance \"Money\" already belongs to another schema; give each schema its own instance.",
            Assert.Single(Assert.Throws<SchemaException>(() => SchemaBuilder.New()
                .AddTypeDefinitions("\"Other\" scalar Money type Query { a: Money }")
                .AddScalar(money)
                .Build()).Errors).Message);
    }

    private sealed class MoneyType : ScalarType
    {
        public MoneyType()
            : base("Money", "An amount in cents.")
        {
        }

        public override Type RuntimeType => typeof(long);

        public override object? ParseLiteral(Meridian.Language.IValueNode literal) => new LongType().ParseLiteral(literal);

        public override object? ParseValue(object? externalValue) => new LongType().ParseValue(externalValue);

        public override object? Serialize(object? runtimeValue) => new LongType().Serialize(runtimeValue);

        public override Meridian.Language.IValueNode ValueToLiteral(object? runtimeValue) => new LongType().ValueToLiteral(runtimeValue);
    }
}
