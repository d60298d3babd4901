using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Meridian.Errors;
using Meridian.GraphQL.CodeFirst.Tests.Library;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.CodeFirst.Tests.Extensions;

/// <summary>The extension points the data middleware builds on, exercised through attributes written only against the public API.</summary>
public sealed class ExtensionPointTests
{
    private static Task<IRequestExecutor> CreateAsync<TQuery>() =>
        LibrarySchema.CreateFromAsync(b => b.AddQueryType<TQuery>(), s => s.AddSingleton(new LibraryData()));

    [Fact]
    public async Task Attributes_change_the_type_to_a_generated_type_registered_once_and_add_arguments()
    {
        var executor = await CreateAsync<CatalogQuery>();
        var sdl = executor.Schema.ToString();
        Assert.Contains("books(take: Int = 2, where: BookTitleFilterInput): BookList!", sdl);
        Assert.Contains("classics(take: Int = 2): BookList!", sdl);
        Assert.Contains("writers(take: Int = 2): AuthorList!", sdl);
        Assert.Single(executor.Schema.Types, t => t.Name == "BookList");
        Assert.Contains("input BookTitleFilterInput {\n  title: String\n  shelf: String\n  isbn: String\n  name: String\n}", sdl);
    }

    [Fact]
    public async Task Keyed_middleware_runs_outermost_first_in_attribute_order()
    {
        var executor = await CreateAsync<CatalogQuery>();
        Assert.Equal(
            """{"data":{"books":{"count":1,"items":[{"title":"Solaris"}]},"classics":{"count":4,"items":[{"title":"The Dispossessed"},{"title":"A Wizard of Earthsea"}]}}}""",
            await executor.RunAsync("""{ books(take: 5, where: { title: "Solaris" }) { count items { title } } classics { count items { title } } }"""));
    }

    [Fact]
    public async Task Definitions_tell_the_element_type_of_queryables_lists_and_tasks()
    {
        var facts = RecordAttribute.Facts;
        await CreateAsync<RecordedQuery>();
        Assert.Equal((typeof(IQueryable<Book>), typeof(Book), true), facts[nameof(RecordedQuery.GetQueryable)]);
        Assert.Equal((typeof(IEnumerable<Author>), typeof(Author), false), facts[nameof(RecordedQuery.GetAuthorsAsync)]);
        Assert.Equal((typeof(Book[]), typeof(Book), false), facts[nameof(RecordedQuery.GetArray)]);
        Assert.Equal((typeof(Book), null, false), facts[nameof(RecordedQuery.GetSingle)]);
    }

    [Fact]
    public async Task Data_middleware_out_of_order_is_a_schema_error()
    {
        var exception = await Assert.ThrowsAsync<SchemaException>(CreateAsync<MisorderedQuery>);
        var error = Assert.Single(exception.Errors);
        Assert.Equal(
            "The data middleware of Query.books is out of order: UsePaging must come before UseFiltering. The order is UsePaging, UseProjection, UseFiltering, UseSorting.",
            error.Message);
    }

    public sealed class CatalogQuery
    {
        [UseList]
        [UseTitleFilter]
        public IQueryable<Book> GetBooks(LibraryData data) => data.Books.AsQueryable();

        [UseList]
        public IEnumerable<Book> GetClassics(LibraryData data) => data.Books;

        [UseList]
        public Task<IEnumerable<Author>> GetWritersAsync(LibraryData data) => Task.FromResult<IEnumerable<Author>>(data.Authors);
    }

    public sealed class MisorderedQuery
    {
        [UseTitleFilter]
        [UseList]
        public IQueryable<Book> GetBooks(LibraryData data) => data.Books.AsQueryable();
    }

    public sealed class RecordedQuery
    {
        [Record]
        public IQueryable<Book> GetQueryable(LibraryData data) => data.Books.AsQueryable();

        [Record]
        public Task<IEnumerable<Author>> GetAuthorsAsync(LibraryData data) => Task.FromResult<IEnumerable<Author>>(data.Authors);

        [Record]
        public Book[] GetArray(LibraryData data) => [.. data.Books];

        [Record]
        public Book GetSingle(LibraryData data) => data.Books[0];
    }

    private sealed class RecordAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
    {
        public static ConcurrentDictionary<string, (Type?, Type?, bool)> Facts { get; } = new();

        protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
        {
            var definition = descriptor.Definition;
            Facts[member.Name] = (definition.ResultType, definition.ElementType, definition.IsQueryable);
        }
    }
}
