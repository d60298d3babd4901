namespace Meridian.Execution;

/// <summary>The context of a field's middleware pipeline: the resolver context plus the result being built.</summary>
public interface IMiddlewareContext : IResolverContext
{
    /// <summary>The field's result so far; middleware may read and replace it.</summary>
    object? Result { get; set; }

    /// <summary>True once <see cref="Result"/> has been set (by the resolver or by middleware).</summary>
    bool IsResultModified { get; }

    /// <summary>Runs the field's resolver (not the rest of the pipeline) and returns its result.</summary>
    ValueTask<T?> ResolveAsync<T>();
}
