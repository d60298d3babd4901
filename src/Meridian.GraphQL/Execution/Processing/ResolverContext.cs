using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Claims;
using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Execution;

/// <summary>
/// The executor's implementation of <see cref="IMiddlewareContext"/>: one per running resolver, pooled, so that
/// resolving a field allocates nothing of its own. Pure resolvers share one instance per execution.
/// </summary>
internal sealed class ResolverContext : IMiddlewareContext
{
    private const int MaxPooled = 256;
    private static readonly ConcurrentBag<ResolverContext> Pool = [];
    private static int _pooled;

    private OperationContext _operation = null!;
    private ArgumentValue[] _arguments = [];
    private object? _parent;
    private object? _result;

    public Selection Selection { get; private set; } = null!;

    public ObjectResult Container { get; private set; } = null!;

    public int Index { get; private set; }

    public Exception? Failure { get; set; }

    public Schema Schema => _operation.Schema;

    public ObjectType ObjectType => Selection.DeclaringType;

    public OutputField Field => Selection.Field;

    ISelection IResolverContext.Selection => Selection;

    public Path Path => Container.PathOf(Index);

    public IServiceProvider Services => _operation.Services;

    public ClaimsPrincipal? User => _operation.User;

    public CancellationToken RequestAborted => _operation.RequestAborted;

    public IReadOnlyDictionary<string, object?> Variables => _operation.Variables;

    public IDictionary<string, object?> ContextData => _operation.ContextData;

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

    public static ResolverContext Rent()
    {
        if (Pool.TryTake(out var context))
        {
            Interlocked.Decrement(ref _pooled);
            return context;
        }

        return new ResolverContext();
    }

    public static void Return(ResolverContext context)
    {
        context.Clear();
        if (Interlocked.Increment(ref _pooled) <= MaxPooled)
        {
            Pool.Add(context);
        }
        else
        {
            Interlocked.Decrement(ref _pooled);
        }
    }

    public void Initialize(OperationContext operation, in WorkItem item, ArgumentValue[] arguments)
    {
        _operation = operation;
        Selection = item.Selection;
        Container = item.Container;
        Index = item.Index;
        _parent = item.Parent;
        _arguments = arguments;
        ScopedContextData = item.ScopedContextData;
    }

    public void Clear()
    {
        _operation = null!;
        Selection = null!;
        Container = null!;
        _parent = null;
        _arguments = [];
        _result = null;
        IsResultModified = false;
        Failure = null;
        ScopedContextData = ImmutableDictionary<string, object?>.Empty;
        LocalContextData = ImmutableDictionary<string, object?>.Empty;
    }

    public T Parent<T>()
    {
        return _parent switch
        {
            T typed => typed,
            null => default!,
            _ => throw new InvalidCastException($"The parent of {Field.Coordinate} is a {_parent.GetType().Name}, not a {typeof(T).Name}."),
        };
    }

    public T ArgumentValue<T>(string name)
    {
        var argument = FindArgument(name);
        return ArgumentConverter.Convert<T>(argument.Value, argument.Argument);
    }

    public IValueNode ArgumentLiteral(string name)
    {
        var argument = FindArgument(name);
        return argument.Literal switch
        {
            null when argument.IsSet => ValueToLiteralConverter.ToLiteral(argument.Value, argument.Argument.Type),
            null => NullValueNode.Default,
            var literal when ArgumentCoercer.HasVariables(literal) => ValueToLiteralConverter.ToLiteral(argument.Value, argument.Argument.Type),
            var literal => literal,
        };
    }

    public bool HasArgumentValue(string name) => FindArgument(name).IsSet;

    public ValueKind ArgumentKind(string name) => ArgumentLiteral(name) switch
    {
        StringValueNode => ValueKind.String,
        IntValueNode => ValueKind.Integer,
        FloatValueNode => ValueKind.Float,
        BooleanValueNode => ValueKind.Boolean,
        EnumValueNode => ValueKind.Enum,
        ObjectValueNode => ValueKind.Object,
        ListValueNode => ValueKind.List,
        NullValueNode => ValueKind.Null,
        _ => ValueKind.Unknown,
    };

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public T DataLoader<T>()
        where T : class => _operation.DataLoaders.GetDataLoader<T>();

    public void ReportError(IError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _operation.ReportError(error.Path is null ? error.WithPath(Path) : error, Selection);
    }

    public void ReportError(string message) => ReportError(new Error(message));

    public IReadOnlyList<ISelection> GetSelections(ObjectType typeContext, ISelection? selection = null)
    {
        ArgumentNullException.ThrowIfNull(typeContext);
        var owner = selection as Selection ?? Selection;
        if (owner.SelectionSet is null)
        {
            return [];
        }

        return owner.GetSelectionSet(typeContext).GetIncluded(_operation.Variables);
    }

    public async ValueTask<T?> ResolveAsync<T>()
    {
        var resolver = Field.Resolver ?? throw new InvalidOperationException($"The field {Field.Coordinate} has no resolver.");
        var value = await resolver(this).ConfigureAwait(false);
        return value is null ? default : (T)value;
    }

    private ArgumentValue FindArgument(string name)
    {
        if (Field.Arguments.TryGetField(name, out var definition) && definition.Index < _arguments.Length)
        {
            return _arguments[definition.Index];
        }

        throw new ArgumentException($"The field {Field.Coordinate} has no argument named \"{name}\".", nameof(name));
    }
}
