using System.Collections.Immutable;
using System.Security.Claims;
using Meridian.Errors;
using Meridian.Execution;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Benchmarks.CodeFirst;

/// <summary>
/// A resolver context with just what the measured resolvers read — the parent, argument values and services —
/// so that the benchmark compares the resolver delegates themselves, not the executor around them.
/// </summary>
internal sealed class BenchmarkResolverContext(object? parent, IReadOnlyDictionary<string, object?> arguments, IServiceProvider services) : IResolverContext
{
    public Schema Schema => throw new NotSupportedException();

    public ObjectType ObjectType => throw new NotSupportedException();

    public OutputField Field => throw new NotSupportedException();

    public ISelection Selection => throw new NotSupportedException();

    public Meridian.Execution.Path Path => throw new NotSupportedException();

    public IServiceProvider Services => services;

    public ClaimsPrincipal? User => null;

    public CancellationToken RequestAborted => CancellationToken.None;

    public IReadOnlyDictionary<string, object?> Variables => ImmutableDictionary<string, object?>.Empty;

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public IImmutableDictionary<string, object?> ScopedContextData { get; set; } = ImmutableDictionary<string, object?>.Empty;

    public IImmutableDictionary<string, object?> LocalContextData { get; set; } = ImmutableDictionary<string, object?>.Empty;

    public T Parent<T>() => parent is T typed ? typed : default!;

    public T ArgumentValue<T>(string name) => arguments[name] is T typed ? typed : default!;

    public IValueNode ArgumentLiteral(string name) => throw new NotSupportedException();

    public ValueKind ArgumentKind(string name) => throw new NotSupportedException();

    public bool HasArgumentValue(string name) => arguments.ContainsKey(name);

    public T Service<T>()
        where T : notnull => (T)services.GetService(typeof(T))!;

    public T DataLoader<T>()
        where T : class => throw new NotSupportedException();

    public void ReportError(IError error) => throw new NotSupportedException();

    public void ReportError(string message) => throw new NotSupportedException();

    public IReadOnlyList<ISelection> GetSelections(ObjectType typeContext, ISelection? selection = null) => throw new NotSupportedException();
}
