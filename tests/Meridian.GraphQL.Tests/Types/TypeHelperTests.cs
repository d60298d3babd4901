using Meridian.Types;

namespace Meridian.GraphQL.Tests.Types;

public sealed class TypeHelperTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddTypeDefinitions("""
        type Query { a: Int }
        input In { a: Int }
        enum E { A }
        union U = Query
        interface I { a: Int }
        """).Build();

    [Fact]
    public void Classifies_types_as_section_3_does()
    {
        var scalar = Schema.GetType("Int");
        var input = Schema.GetType("In");
        var enumType = Schema.GetType("E");
        var objectType = Schema.GetType("Query");
        var union = Schema.GetType("U");
        var interfaceType = Schema.GetType("I");
        var wrapped = new NonNullType(new ListType(new NonNullType(input)));

        Assert.True(scalar.IsInputType() && scalar.IsOutputType() && scalar.IsLeafType());
        Assert.True(enumType.IsInputType() && enumType.IsOutputType() && enumType.IsLeafType());
        Assert.True(input.IsInputType() && !input.IsOutputType() && !input.IsLeafType());
        Assert.True(objectType.IsOutputType() && !objectType.IsInputType() && objectType.IsCompositeType() && !objectType.IsAbstractType());
        Assert.True(union.IsCompositeType() && union.IsAbstractType());
        Assert.True(interfaceType.IsAbstractType());
        Assert.True(wrapped.IsInputType() && !wrapped.IsOutputType() && !wrapped.IsLeafType());
        Assert.True(wrapped.IsListType() && wrapped.IsNonNullType() && !wrapped.IsNamedType());
        Assert.Same(input, wrapped.NamedType());
        Assert.Equal("[In!]", wrapped.NullableType().Print());
        Assert.Equal("In!", wrapped.ElementType()!.Print());
        Assert.Null(input.ElementType());
    }

    [Fact]
    public void Prints_type_references()
    {
        var type = new NonNullType(new ListType(new NonNullType(new ListType(Schema.GetType("Int")))));

        Assert.Equal("[[Int]!]!", type.Print());
        Assert.Equal("[[Int]!]!", type.ToString());
        Assert.Equal("[[Int]!]!", type.ToTypeNode().ToString());
    }

    [Fact]
    public void Non_null_cannot_wrap_non_null() =>
        Assert.Throws<ArgumentException>(() => new NonNullType(new NonNullType(Schema.GetType("Int"))));
}
