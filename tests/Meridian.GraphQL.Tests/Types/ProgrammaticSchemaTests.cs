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
}
