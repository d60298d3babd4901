using Meridian.Errors;

namespace Meridian.Execution;

internal sealed partial class OperationContext
{
    /// <summary>
    /// CreateSourceEventStream (§6.2.3.1): runs the subscribe resolver of the single root field with its coerced
    /// arguments. Null (with the errors recorded) when the stream cannot be created.
    /// </summary>
    public async ValueTask<IAsyncEnumerable<object?>?> CreateSourceStreamAsync(object? rootValue)
    {
        var root = Results.RentObject();
        root.Attach(null, 0, isNonNullInParent: true);
        root.Initialize(GetIncludedSelections(Plan.RootSelections));
        if (root.Count != 1)
        {
            var name = Plan.Name is null ? "Anonymous Subscription" : $"Subscription \"{Plan.Name}\"";
            ReportError(new Error($"{name} must select only one top level field.", ErrorCodes.OperationNotAllowed), null);
            return null;
        }

        var selection = root.GetSelection(0);
        var arguments = GetArguments(selection);
        foreach (var argument in arguments)
        {
            if (argument.Error is { } argumentError)
            {
                ReportError(argumentError.WithPath(root.PathOf(0)), selection);
                return null;
            }
        }

        if (selection.Field.SubscribeResolver is not { } subscribe)
        {
            ReportError(new Error($"The subscription field {selection.Field.Coordinate} has no subscribe resolver.", ErrorCodes.UnexpectedError, root.PathOf(0)), selection);
            return null;
        }

        var context = ResolverContext.Rent();
        context.Initialize(this, new WorkItem(selection, rootValue, root, 0, EmptyScope), arguments);
        try
        {
            return await subscribe(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            HandleResolverException(context, exception);
            return null;
        }
        finally
        {
            ResolverContext.Return(context);
        }
    }
}
