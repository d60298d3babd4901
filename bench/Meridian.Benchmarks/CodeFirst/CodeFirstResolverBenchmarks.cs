using BenchmarkDotNet.Attributes;
using Meridian.CodeFirst;
using Meridian.Execution;
using Meridian.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Benchmarks.CodeFirst;

/// <summary>
/// Resolver invocation overhead of code-first fields (compiled expression trees binding parent, arguments and
/// services) against hand-written delegates doing the same, each pair on the same context. The executor pair runs
/// one query through code-first and through SDL with hand-written resolvers.
/// </summary>
[MemoryDiagnoser]
public class CodeFirstResolverBenchmarks
{
    private readonly BenchCatalog _catalog = new();
    private IServiceProvider _services = null!;
    private BenchmarkResolverContext _bookContext = null!;
    private BenchmarkResolverContext _addContext = null!;
    private BenchmarkResolverContext _authorContext = null!;
    private PureFieldDelegate _compiledTitle = null!;
    private PureFieldDelegate _compiledAdd = null!;
    private FieldResolverDelegate _compiledAuthor = null!;
    private PureFieldDelegate _handTitle = null!;
    private PureFieldDelegate _handAdd = null!;
    private FieldResolverDelegate _handAuthor = null!;
    private IRequestExecutor _codeFirst = null!;
    private IRequestExecutor _handWritten = null!;

    private const string Query = "{ books { title author { name } } }";

    // Blocks: BenchmarkDotNet 0.14's in-process toolchain does not await an asynchronous [GlobalSetup] (see
    // EngineComparisonBenchmarks).
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var collection = new ServiceCollection().AddSingleton(_catalog);
        collection.AddGraphQL("code-first").AddQueryType<BenchQuery>().AddTypeExtension<BenchBookExtensions>();
        collection.AddGraphQL("hand-written")
            .AddTypeDefinitions("type Query { books: [BenchBook!]! } type BenchBook { id: Int! title: String! authorId: Int! author: BenchAuthor! } type BenchAuthor { id: Int! name: String! }")
            .BindPureResolver("Query", "books", ctx => ctx.Service<BenchCatalog>().Books)
            .BindPureResolver("BenchBook", "title", ctx => ctx.Parent<BenchBook>().Title)
            .BindPureResolver("BenchBook", "author", ctx => ctx.Service<BenchCatalog>().Authors[ctx.Parent<BenchBook>().AuthorId])
            .BindPureResolver("BenchAuthor", "name", ctx => ctx.Parent<BenchAuthor>().Name);
        _services = collection.BuildServiceProvider();
        _codeFirst = await _services.GetRequestExecutorAsync("code-first");
        _handWritten = await _services.GetRequestExecutorAsync("hand-written");

        var schema = _codeFirst.Schema;
        _compiledTitle = schema.GetType<ObjectType>("BenchBook").Fields["title"].PureResolver!;
        _compiledAdd = schema.QueryType.Fields["add"].PureResolver!;
        _compiledAuthor = schema.QueryType.Fields["author"].Resolver!;
        var query = new BenchQuery();
        _handTitle = ctx => ctx.Parent<BenchBook>().Title;
        _handAdd = ctx => query.Add(ctx.ArgumentValue<int>("a"), ctx.ArgumentValue<int>("b"));
        _handAuthor = ctx => AwaitAuthor(query.GetAuthorAsync(ctx.ArgumentValue<int>("id"), ctx.Services.GetRequiredService<BenchCatalog>()));

        var none = new Dictionary<string, object?>();
        _bookContext = new BenchmarkResolverContext(_catalog.Books[0], none, _services);
        _addContext = new BenchmarkResolverContext(null, new Dictionary<string, object?> { ["a"] = 20, ["b"] = 22 }, _services);
        _authorContext = new BenchmarkResolverContext(null, new Dictionary<string, object?> { ["id"] = 3 }, _services);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("property")]
    public object? PropertyHandWritten() => _handTitle(_bookContext);

    [Benchmark]
    [BenchmarkCategory("property")]
    public object? PropertyCodeFirst() => _compiledTitle(_bookContext);

    [Benchmark]
    [BenchmarkCategory("arguments")]
    public object? ArgumentsHandWritten() => _handAdd(_addContext);

    [Benchmark]
    [BenchmarkCategory("arguments")]
    public object? ArgumentsCodeFirst() => _compiledAdd(_addContext);

    [Benchmark]
    [BenchmarkCategory("async-service")]
    public ValueTask<object?> AsyncServiceHandWritten() => _handAuthor(_authorContext);

    [Benchmark]
    [BenchmarkCategory("async-service")]
    public ValueTask<object?> AsyncServiceCodeFirst() => _compiledAuthor(_authorContext);

    [Benchmark]
    [BenchmarkCategory("executor")]
    public async Task<int> ExecuteHandWritten()
    {
        using var result = await _handWritten.ExecuteOperationAsync(OperationRequest.FromSource(Query));
        return result.Errors.Count;
    }

    [Benchmark]
    [BenchmarkCategory("executor")]
    public async Task<int> ExecuteCodeFirst()
    {
        using var result = await _codeFirst.ExecuteOperationAsync(OperationRequest.FromSource(Query));
        return result.Errors.Count;
    }

    private static ValueTask<object?> AwaitAuthor(Task<BenchAuthor?> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitSlowly(task);

    private static async ValueTask<object?> AwaitSlowly(Task<BenchAuthor?> task) => await task.ConfigureAwait(false);
}
