using Meridian.Language;
using Meridian.Types;
using static Meridian.GraphQL.Tests.SchemaBuilding.SchemaAssert;

namespace Meridian.GraphQL.Tests.SchemaBuilding;

public sealed class InterceptorTests
{
    [Fact]
    public void Interceptors_see_all_configurations_and_may_change_them()
    {
        var interceptor = new CostInterceptor();

        var schema = Build("type Query { books: [String] }", builder => builder.AddInterceptor(interceptor));

        Assert.Equal(["Query", "PageInfo"], interceptor.SeenTypes);
        Assert.Equal(10, schema.QueryType.Fields["books"].ContextData["cost"]);
        Assert.Equal("Boolean!", schema.GetType<ObjectType>("PageInfo").Fields["hasNextPage"].Type.Print());
        Assert.Same(schema, interceptor.Completed);
        Assert.Equal("code-first", schema.ContextData["origin"]);
    }

    [Fact]
    public void Callbacks_run_after_bindings_and_their_errors_fail_the_build()
    {
        var errors = BuildErrors("type Query { a: Int }", builder => builder
            .BindPureResolver("Query", "a", _ => 1)
            .OnBeforeComplete(context =>
            {
                context.TryGetType<ObjectTypeConfiguration>("Query", out var query);
                Assert.NotNull(query!.Fields[0].PureResolver);
                context.ReportError("Convention failed for Query.a.", "Query.a");
            }));

        Assert.Equal("Convention failed for Query.a.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Introspection_types_may_use_reserved_names()
    {
        var schema = Build("type Query { a: Int }", builder => builder.OnBeforeComplete(context =>
        {
            var type = new ObjectTypeConfiguration("__Meta") { IsIntrospectionType = true };
            type.Fields.Add(new FieldConfiguration("name", "String!"));
            context.AddType(type);
        }));

        Assert.True(schema.GetType("__Meta").IsIntrospectionType);
        Assert.DoesNotContain("__Meta", schema.ToString());
    }

    private sealed class CostInterceptor : ISchemaConfigurationInterceptor
    {
        public List<string> SeenTypes { get; } = [];

        public Schema? Completed { get; private set; }

        public void OnBeforeComplete(SchemaConfigurationContext context)
        {
            var pageInfo = new ObjectTypeConfiguration("PageInfo");
            pageInfo.Fields.Add(new FieldConfiguration("hasNextPage", "Boolean!"));
            context.AddType(pageInfo);
            context.ContextData["origin"] = "code-first";
            foreach (var type in context.Types)
            {
                SeenTypes.Add(type.Name);
                if (type is ObjectTypeConfiguration objectType)
                {
                    foreach (var field in objectType.Fields.Where(f => f.Type.SyntaxNode is ListTypeNode))
                    {
                        field.ContextData["cost"] = 10;
                    }
                }
            }
        }

        public void OnAfterComplete(Schema schema) => Completed = schema;
    }
}
