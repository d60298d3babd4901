using System.Collections.Immutable;
using System.Security.Claims;
using Meridian.Errors;
using Meridian.Execution;
using Meridian.Language;
using Meridian.Types;
using Path = Meridian.Execution.Path;

namespace Meridian.GraphQL.Tests.Types;

/// <summary>
/// A minimal resolver context for running compiled field pipelines in tests: a parent value, arguments and the
/// result slot. The executor provides the real implementation.
/// </summary>
internal sealed class TestResolverContext : IMiddlewareContext
{
    private object? _result;

    public TestResolverContext(Schema schema, ObjectType objectType, OutputField field, object? parent)
    {
        Schema = schema;
        ObjectType = objectType;
        Field = field;
        ParentValue = parent;
    }

    public static TestResolverContext For(Schema schema, string typeName, string fieldName, object? parent)
    {
        var type = schema.GetType<ObjectType>(typeName);
        return new TestResolverContext(schema, type, type.Fields[fieldName], parent);
    }

    public object? ParentValue { get; }

    public Dictionary<string, object?> Arguments { get; } = [];

    public List<string> Log { get; } = [];

    public Schema Schema { get; }

    public ObjectType ObjectType { get; }

    public OutputField Field { get; }

    public ISelection Selection => throw new NotSupportedException();

    public Path Path => Path.Root.Append(Field.Name);

    public IServiceProvider Services => throw new NotSupportedException();

    public ClaimsPrincipal? User => null;

    public CancellationToken RequestAborted => CancellationToken.None;

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public IImmutableDictionary<string, object?> ScopedContextData { get; set; } = ImmutableDictionary<string, object?>.Empty;

    public IImmutableDictionary<string, object?> LocalContextData { get; set; } = ImmutableDictionary<string, object?>.Empty;

    public object? Result
    {
        get => _result;
        set
        {
            _result = value;
            IsResultModified = true;
        }
    }

    public bool IsResultModified { get; private set; }

    public T Parent<T>() => (T)ParentValue!;

    public T ArgumentValue<T>(string name) => (T)Arguments[name]!;

    public IValueNode ArgumentLiteral(string name) => throw new NotSupportedException();

    public ValueKind ArgumentKind(string name) => throw new NotSupportedException();

    public bool HasArgumentValue(string name) => Arguments.ContainsKey(name);

    public T Service<T>()
        where T : notnull => throw new NotSupportedException();

    public T DataLoader<T>()
        where T : class => throw new NotSupportedException();

    public void ReportError(IError error) => Log.Add(error.Message);

    public void ReportError(string message) => Log.Add(message);

    public IReadOnlyList<ISelection> GetSelections(ObjectType typeContext, ISelection? selection = null) => throw new NotSupportedException();

    public async ValueTask<T?> ResolveAsync<T>() => (T?)await Field.Resolver!(this);

    /// <summary>Runs the field's pipeline and returns the result.</summary>
    public async Task<object?> RunAsync()
    {
        await Field.Pipeline(this);
        return Result;
    }
}
