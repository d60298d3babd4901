using Meridian.Execution;
using Meridian.GraphQL.Tests.Types;
using Meridian.Language;
using Meridian.Types;
using static Meridian.GraphQL.Tests.SchemaBuilding.SchemaAssert;

namespace Meridian.GraphQL.Tests.SchemaBuilding;

public sealed class SchemaLookupTests
{
    private const string Sdl = """
        type Query { node: Node result: Result }
        interface Node { id: ID! }
        interface Resource implements Node { id: ID! url: String }
        type Book implements Node { id: ID! }
        type Page implements Resource & Node { id: ID! url: String }
        type Author { name: String }
        union Result = Book | Author
        """;

    [Fact]
    public void Knows_the_possible_types_of_abstract_types()
    {
        var schema = Build(Sdl);
        var node = schema.GetType<InterfaceType>("Node");
        var resource = schema.GetType<InterfaceType>("Resource");
        var result = schema.GetType<UnionType>("Result");
        var book = schema.GetType<ObjectType>("Book");
        var page = schema.GetType<ObjectType>("Page");
        var author = schema.GetType<ObjectType>("Author");

        Assert.Equal([book, page], schema.GetPossibleTypes(node));
        Assert.Equal([page], schema.GetPossibleTypes(resource));
        Assert.Equal([book, author], schema.GetPossibleTypes(result));
        Assert.Equal([book], schema.GetPossibleTypes(book));
        Assert.True(schema.IsPossibleType(node, page));
        Assert.False(schema.IsPossibleType(node, author));
        Assert.True(schema.IsPossibleType(result, author));
        Assert.False(schema.IsPossibleType(resource, book));
        Assert.Equal(["Resource", "Book", "Page"], schema.GetImplementations(node).Select(t => t.Name));
    }

    [Fact]
    public void Compares_types_for_validation()
    {
        var schema = Build(Sdl);
        var node = schema.GetType<InterfaceType>("Node");
        var resource = schema.GetType<InterfaceType>("Resource");
        var result = schema.GetType<UnionType>("Result");
        var book = schema.GetType<ObjectType>("Book");
        var author = schema.GetType<ObjectType>("Author");

        Assert.True(TypeComparison.IsEqualType(new ListType(new NonNullType(book)), new ListType(new NonNullType(book))));
        Assert.False(TypeComparison.IsEqualType(new ListType(book), new NonNullType(book)));
        Assert.True(TypeComparison.IsTypeSubTypeOf(new NonNullType(book), node));
        Assert.True(TypeComparison.IsTypeSubTypeOf(new ListType(new NonNullType(book)), new ListType(node)));
        Assert.False(TypeComparison.IsTypeSubTypeOf(new ListType(book), new NonNullType(new ListType(node))));
        Assert.True(TypeComparison.IsTypeSubTypeOf(resource, node));
        Assert.True(TypeComparison.IsTypeSubTypeOf(author, result));
        Assert.False(TypeComparison.IsTypeSubTypeOf(node, resource));
        Assert.True(TypeComparison.DoTypesOverlap(schema, node, result));
        Assert.True(TypeComparison.DoTypesOverlap(schema, resource, schema.GetType<ObjectType>("Page")));
        Assert.False(TypeComparison.DoTypesOverlap(schema, resource, result));
        Assert.False(TypeComparison.DoTypesOverlap(schema, book, author));
        Assert.Equal(new ListType(new NonNullType(book)), new ListType(new NonNullType(book)));
    }

    [Fact]
    public void Reads_types_from_syntax()
    {
        var schema = Build(Sdl);

        Assert.True(schema.TryGetTypeFromSyntax(Parser.ParseType("[Book!]!"), out var type));
        Assert.Equal("[Book!]!", type.Print());
        Assert.False(schema.TryGetTypeFromSyntax(Parser.ParseType("[Nope]"), out _));
        Assert.Equal("[Book!]!", type.ToTypeNode().ToString());
    }

    [Fact]
    public void Maps_clr_types_to_object_types_including_subclasses_and_interfaces()
    {
        var schema = Build(Sdl, builder => builder
            .BindRuntimeType("Book", typeof(BookModel))
            .BindRuntimeType("Page", typeof(IPage)));

        Assert.True(schema.TryGetObjectType(typeof(BookModel), out var exact));
        Assert.Equal("Book", exact.Name);
        Assert.True(schema.TryGetObjectType(typeof(SpecialBookModel), out var derived));
        Assert.Equal("Book", derived.Name);
        Assert.True(schema.TryGetObjectType(typeof(PageModel), out var implemented));
        Assert.Equal("Page", implemented.Name);
        Assert.False(schema.TryGetObjectType(typeof(string), out _));
    }

    [Fact]
    public void Resolves_concrete_types_by_resolver_then_is_of_type_then_clr_type()
    {
        var byResolver = new UnionTypeConfiguration("ByResolver");
        byResolver.Types.Add(TypeReference.Named("Book"));
        byResolver.Types.Add(TypeReference.Named("Author"));
        byResolver.ResolveAbstractType = (context, value) => context.Schema.GetType<ObjectType>(value is string ? "Author" : "Book");
        var schema = Build(Sdl, builder => builder
            .AddType(byResolver)
            .BindRuntimeType("Book", typeof(BookModel))
            .OnBeforeComplete(context =>
            {
                context.TryGetType<ObjectTypeConfiguration>("Author", out var author);
                author!.IsOfType = (_, value) => value is string;
            }));
        var context = TestResolverContext.For(schema, "Query", "node", null);
        var union = schema.GetType<UnionType>("ByResolver");
        var result = schema.GetType<UnionType>("Result");
        var node = schema.GetType<InterfaceType>("Node");

        Assert.Equal("Author", schema.ResolveConcreteType(union, context, "a")!.Name);
        Assert.Equal("Book", schema.ResolveConcreteType(union, context, 1)!.Name);
        Assert.Equal("Author", schema.ResolveConcreteType(result, context, "writer")!.Name);
        Assert.Equal("Book", schema.ResolveConcreteType(result, context, new SpecialBookModel())!.Name);
        Assert.Equal("Book", schema.ResolveConcreteType(node, context, new BookModel())!.Name);
        Assert.Null(schema.ResolveConcreteType(node, context, "not a node"));
        Assert.Null(schema.ResolveConcreteType(result, context, 3.5));
    }

    [Fact]
    public void A_clr_type_bound_twice_is_an_error_unless_lenient()
    {
        const string sdl = "type Query { a: Int } type A { a: Int } type B { b: Int }";
        void Bind(SchemaBuilder builder) => builder.BindRuntimeType("A", typeof(BookModel)).BindRuntimeType("B", typeof(BookModel));

        var error = Assert.Single(BuildErrors(sdl, Bind));
        Assert.Equal(
            $"The runtime type {typeof(BookModel).FullName} is bound to both A and B; bind each CLR type to one object type.",
            error.Message);

        var lenient = Build(sdl, builder =>
        {
            Bind(builder);
            builder.ModifyOptions(o => o.StrictRuntimeTypes = false);
        });
        Assert.True(lenient.TryGetObjectType(typeof(BookModel), out var first));
        Assert.Equal("A", first.Name);
    }

    [Fact]
    public void Type_lookups_fail_clearly()
    {
        var schema = Build(Sdl);

        Assert.Equal("The schema has no type named \"Nope\".", Assert.Throws<KeyNotFoundException>(() => schema.GetType("Nope")).Message);
        Assert.Equal("The type \"Book\" is not a InterfaceType.", Assert.Throws<InvalidCastException>(() => schema.GetType<InterfaceType>("Book")).Message);
        Assert.False(schema.TryGetType<UnionType>("Book", out _));
        Assert.True(schema.TryGetDirectiveType("skip", out _));
        Assert.Equal("There is no field named \"nope\".", Assert.Throws<KeyNotFoundException>(() => schema.QueryType.Fields["nope"]).Message);
        Assert.Null(schema.GetRootType(OperationType.Subscription));
    }

    private class BookModel;

    private sealed class SpecialBookModel : BookModel;

    private interface IPage;

    private sealed class PageModel : IPage;
}
