using Meridian.Types;

namespace Meridian.GraphQL.CodeFirst.Tests.Naming;

public sealed class NamingConventionTests
{
    private static readonly DefaultNamingConventions Naming = new();

    [Theory]
    [InlineData("Title", "title")]
    [InlineData("ISBN", "isbn")]
    [InlineData("URLValue", "urlValue")]
    [InlineData("Id", "id")]
    [InlineData("title", "title")]
    [InlineData("X", "x")]
    public void Field_names_are_camel_case(string name, string expected) => Assert.Equal(expected, NameFormatter.ToCamelCase(name));

    [Theory]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("HTTPServer", "HTTP_SERVER")]
    [InlineData("Value2", "VALUE2")]
    [InlineData("ScienceFiction", "SCIENCE_FICTION")]
    [InlineData("A", "A")]
    [InlineData("already_Snake", "ALREADY_SNAKE")]
    public void Enum_values_are_upper_snake_case(string name, string expected) => Assert.Equal(expected, NameFormatter.ToUpperSnakeCase(name));

    [Theory]
    [InlineData(nameof(Sample.GetTitle), "title")]
    [InlineData(nameof(Sample.GetTitleAsync), "title")]
    [InlineData(nameof(Sample.Getaway), "getaway")]
    [InlineData(nameof(Sample.FetchAsync), "fetch")]
    [InlineData(nameof(Sample.Async), "async")]
    public void Methods_drop_the_Get_prefix_and_Async_suffix(string method, string expected) =>
        Assert.Equal(expected, Naming.GetMemberName(typeof(Sample).GetMethod(method)!));

    [Fact]
    public void Type_names_follow_hot_chocolate()
    {
        Assert.Equal("Sample", Naming.GetTypeName(typeof(Sample), TypeKind.Object));
        Assert.Equal("SampleInput", Naming.GetTypeName(typeof(Sample), TypeKind.InputObject));
        Assert.Equal("SearchInput", Naming.GetTypeName(typeof(SearchInput), TypeKind.InputObject));
        Assert.Equal("Shape", Naming.GetTypeName(typeof(IShape), TypeKind.Interface));
        Assert.Equal("Item", Naming.GetTypeName(typeof(Item), TypeKind.Interface));
        Assert.Equal("PageOfSample", Naming.GetTypeName(typeof(Page<Sample>), TypeKind.Object));
        Assert.Equal("Renamed", Naming.GetTypeName(typeof(Named), TypeKind.Object));
        Assert.Equal("Renamed", Naming.GetTypeName(typeof(Named), TypeKind.InputObject));
    }

    [Fact]
    public void Deprecation_comes_from_GraphQLDeprecated_or_Obsolete()
    {
        Assert.Equal("Gone.", Naming.GetDeprecationReason(typeof(Sample).GetProperty(nameof(Sample.Old))!));
        Assert.Equal(BuiltInDirectives.DefaultDeprecationReason, Naming.GetDeprecationReason(typeof(Sample).GetProperty("Older")!));
        Assert.Null(Naming.GetDeprecationReason(typeof(Sample).GetProperty(nameof(Sample.Current))!));
    }

    [Fact]
    public void Descriptions_prefer_the_attribute_over_xml_documentation()
    {
        Assert.Equal("From the attribute.", Naming.GetMemberDescription(typeof(Sample).GetProperty(nameof(Sample.Current))!));
        Assert.Equal("From the XML comment, with Sample and value references.", Naming.GetMemberDescription(typeof(Sample).GetProperty(nameof(Sample.Old))!));
        Assert.Equal("First paragraph.\nSecond paragraph.", Naming.GetMemberDescription(typeof(Sample).GetMethod(nameof(Sample.GetTitle))!));
        Assert.Equal("The wanted page.", Naming.GetArgumentDescription(typeof(Sample).GetMethod(nameof(Sample.FetchAsync))!.GetParameters()[0]));
    }

    public sealed class Sample
    {
        /// <summary>Not used: the attribute wins.</summary>
        [GraphQLDescription("From the attribute.")]
        public int Current { get; init; }

        /// <summary>From the XML comment, with <see cref="Sample"/> and <paramref name="value"/> references.</summary>
        [GraphQLDeprecated("Gone.")]
        public int Old { get; init; }

        [Obsolete]
        public int Older { get; init; }

        /// <summary>
        /// First paragraph.
        /// <para>Second paragraph.</para>
        /// </summary>
        public string GetTitle() => string.Empty;

        public Task<string> GetTitleAsync() => Task.FromResult(string.Empty);

        public string Getaway() => string.Empty;

        /// <summary>Fetches.</summary>
        /// <param name="page">The wanted page.</param>
        public Task<int> FetchAsync(int page) => Task.FromResult(page);

        public string Async() => string.Empty;
    }

    public sealed record SearchInput(string Term);

    public interface IShape;

    public interface Item;

    public sealed class Page<T>;

    [GraphQLName("Renamed")]
    public sealed class Named;
}
