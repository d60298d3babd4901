using System.Collections.Immutable;
using System.Security.Claims;
using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// What a resolver sees: the field being resolved, its parent value and arguments, the request's services, user,
/// state and cancellation. The executor implements it (pooled: do not keep a reference after the resolver returns).
/// </summary>
public interface IResolverContext
{
    Schema Schema { get; }

    /// <summary>The object type whose field is resolved.</summary>
    ObjectType ObjectType { get; }

    OutputField Field { get; }

    ISelection Selection { get; }

    /// <summary>The path of the field in the result.</summary>
    Path Path { get; }

    /// <summary>The services of the request (scoped to it).</summary>
    IServiceProvider Services { get; }

    /// <summary>The authenticated user of the request, if any.</summary>
    ClaimsPrincipal? User { get; }

    /// <summary>Signalled when the request is aborted or times out; pass it to every asynchronous call.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>The coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>Request-wide state shared by all resolvers (the request's global state).</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>State that flows from a field to the fields below it; setting it affects only the subtree.</summary>
    IImmutableDictionary<string, object?> ScopedContextData { get; set; }

    /// <summary>State of the current field's pipeline only (middleware to resolver).</summary>
    IImmutableDictionary<string, object?> LocalContextData { get; set; }

    /// <summary>The parent value (the value resolved for the object that owns the field).</summary>
    T Parent<T>();

    /// <summary>The coerced value of an argument (defaults applied); throws when the field has no such argument.</summary>
    T ArgumentValue<T>(string name);

    /// <summary>The argument's literal as written, with variables replaced by their values as literals.</summary>
    IValueNode ArgumentLiteral(string name);

    /// <summary>The kind of the argument's value.</summary>
    ValueKind ArgumentKind(string name);

    /// <summary>
    /// True when the argument has a value in the field's coerced arguments (§6.4.1): given by a literal or by a
    /// variable the request provided, or defaulted. False when it is absent, which is not the same as an explicit
    /// null (both read as null through <see cref="ArgumentValue{T}"/>).
    /// </summary>
    bool HasArgumentValue(string name);

    /// <summary>A service from <see cref="Services"/>; throws when it is not registered.</summary>
    T Service<T>()
        where T : notnull;

    /// <summary>The request's instance of a DataLoader, created on first use and batched per execution wave.</summary>
    T DataLoader<T>()
        where T : class;

    /// <summary>Reports an error for this field (with its path and locations) without failing the field.</summary>
    void ReportError(IError error);

    /// <summary>Reports an error message for this field.</summary>
    void ReportError(string message);

    /// <summary>
    /// The field selections of the current field's sub-selection set for an object type, with fragments and
    /// @skip/@include applied: what projections and DataLoaders need to know which fields are requested.
    /// </summary>
    IReadOnlyList<ISelection> GetSelections(ObjectType typeContext, ISelection? selection = null);
}
