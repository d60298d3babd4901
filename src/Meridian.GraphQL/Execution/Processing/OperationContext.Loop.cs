using System.Collections.Immutable;
using Meridian.Language;

namespace Meridian.Execution;

internal sealed partial class OperationContext
{
    private const int CancellationCheckInterval = 256;

    /// <summary>
    /// Executes the operation's root selection set on <paramref name="rootValue"/> (§6.2): queries and subscription
    /// events normally (fields concurrently), mutations serially (each root field and everything below it completed
    /// before the next starts). Returns the data, or null when a null reached the root.
    /// </summary>
    public ValueTask<ObjectResult?> ExecuteRootAsync(object? rootValue)
    {
        var root = Results.RentObject();
        root.Attach(null, 0, isNonNullInParent: true);
        var plan = Plan.RootSelections;
        if (Plan.OperationType == OperationType.Mutation)
        {
            return ExecuteSeriallyAsync(root, plan, rootValue);
        }

        // Most queries complete synchronously: their data is returned without the frame of an asynchronous method.
        EnqueueSelections(plan, root, rootValue, EmptyScope);
        var running = RunAsync();
        if (!running.IsCompletedSuccessfully)
        {
            return FinishAsync(root, running);
        }

        running.GetAwaiter().GetResult();
        return new(Finish(root));
    }

    // §6.2.2: a mutation's root fields one after another, each with everything below it.
    private async ValueTask<ObjectResult?> ExecuteSeriallyAsync(ObjectResult root, SelectionSetPlan plan, object? rootValue)
    {
        var selections = GetIncludedSelections(plan);
        root.Initialize(selections);
        for (var slot = 0; slot < selections.Length; slot++)
        {
            var selection = selections[slot];
            if (selection.Kind == SelectionKind.TypeName)
            {
                root.SetValue(slot, plan.ObjectType.Name);
                continue;
            }

            Enqueue(selection, rootValue, root, slot, EmptyScope);
            await RunAsync().ConfigureAwait(false);
        }

        return Finish(root);
    }

    private async ValueTask<ObjectResult?> FinishAsync(ObjectResult root, ValueTask running)
    {
        await running.ConfigureAwait(false);
        return Finish(root);
    }

    private ObjectResult? Finish(ObjectResult root)
    {
        ReleaseWorkQueue();
        return root.IsInvalidated ? null : root;
    }

    /// <summary>
    /// The selections of <paramref name="plan"/> included for this request's variables: the plan's own array when it
    /// has no conditions, else filtered once per request.
    /// </summary>
    private Selection[] GetIncludedSelections(SelectionSetPlan plan)
    {
        if (!plan.HasConditions)
        {
            return plan.Selections;
        }

        _includedSelections ??= [];
        if (!_includedSelections.TryGetValue(plan, out var included))
        {
            included = [.. plan.Selections.Where(selection => selection.IsIncluded(Variables))];
            _includedSelections.Add(plan, included);
        }

        return included;
    }

    /// <summary>
    /// Queues the fields of an object; <c>__typename</c> is answered at once, and leaves the default resolver reads
    /// are completed at once by the typed readers of the parent's CLR type, found once for the object.
    /// </summary>
    private void EnqueueSelections(SelectionSetPlan plan, ObjectResult result, object? parent, IImmutableDictionary<string, object?> scope)
    {
        var selections = GetIncludedSelections(plan);
        result.Initialize(selections);
        var readers = parent is not null && plan.HasEagerLeaves && !plan.HasConditions
            ? plan.GetLeafReaders(parent.GetType()).BySelection
            : null;
        for (var i = 0; i < selections.Length; i++)
        {
            var selection = selections[i];
            if (selection.Kind == SelectionKind.TypeName)
            {
                result.SetValue(i, plan.ObjectType.Name);
            }
            else if (selection.EagerLeaf is { } leaf)
            {
                CompleteLeafNow(readers?[i], leaf, selection, parent, result, i, scope);
            }
            else
            {
                Enqueue(selection, parent, result, i, scope);
            }
        }
    }

    /// <summary>
    /// Completes a scalar or enum property at once instead of queueing it: most fields of a result are such leaves,
    /// and when a property is read is not observable. A value that needs the general completion (a null, a value
    /// the type rejects, a getter that threw) is queued with what was read, so that its error is reported, and its
    /// null propagated, at the same point of the execution as for any other field.
    /// </summary>
    private void CompleteLeafNow(LeafFieldReader? reader, LeafFieldCompleter leaf, Selection selection, object? parent, ObjectResult result, int index, IImmutableDictionary<string, object?> scope)
    {
        ResolvedLeaf resolved;
        try
        {
            object? value;
            if (reader is not null ? reader.TryComplete(parent!, result, index, out value) : leaf.TryComplete(parent, result, index, out value))
            {
                return;
            }

            resolved = new ResolvedLeaf(parent, value, null);
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            resolved = new ResolvedLeaf(parent, null, exception);
        }

        Enqueue(selection, resolved, result, index, scope);
    }

    private void Enqueue(Selection selection, object? parent, ObjectResult container, int index, IImmutableDictionary<string, object?> scope) =>
        _work.Enqueue(new WorkItem(selection, parent, container, index, scope));

    /// <summary>
    /// Runs queued work until none is left: queued fields run on this loop (pure resolvers inline), asynchronous
    /// resolvers run concurrently and come back through the completion queue; when nothing is runnable and
    /// resolvers wait, the DataLoader batches of this wave are dispatched.
    /// </summary>
    private async ValueTask RunAsync()
    {
        // Resolvers must not capture the caller's context (a UI or test framework context would post every
        // continuation back to it): a load's waiting resolver has to come back inline while its batch is delivered.
        // The async method restores the caller's context when it returns.
        SynchronizationContext.SetSynchronizationContext(null);
        var sinceCheck = 0;
        while (true)
        {
            while (true)
            {
                if (++sinceCheck == CancellationCheckInterval)
                {
                    sinceCheck = 0;
                    Aborted.ThrowIfAborted();
                }

                if (_work.TryDequeue(out var item))
                {
                    Execute(item);
                }
                else if (_completed is { } completed && completed.TryDequeue(out var context))
                {
                    _pending--;
                    CompleteAsynchronous(context);
                }
                else
                {
                    break;
                }
            }

            if (_pending == 0)
            {
                // Loads made outside any resolver have no one waiting; dispatch them anyway so they finish.
                _batchScheduler?.DispatchAll();
                return;
            }

            if (_batchScheduler is { } scheduler && !scheduler.IsDelivering)
            {
                // A delivery that ended after the queues were drained may have queued completions whose resolvers
                // load into the next wave: take them first.
                if (_completed is { IsEmpty: false })
                {
                    continue;
                }

                if (scheduler.DispatchAll() > 0)
                {
                    Executor.Diagnostics.BatchesDispatched(Request);
                    continue;
                }
            }

            await Signal.WaitAsync(RequestAborted).ConfigureAwait(false);
        }
    }

    private void Execute(in WorkItem item)
    {
        if (item.Container.IsInvalidated)
        {
            return;
        }

        var selection = item.Selection;
        var arguments = GetArguments(selection);
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i].Error is { } argumentError)
            {
                ReportError(argumentError.WithPath(item.Container.PathOf(item.Index)), selection);
                SetNull(item.Container, item.Index, selection.IsNonNull);
                return;
            }
        }

        if (selection.Kind == SelectionKind.Pure)
        {
            ExecutePure(item, arguments);
            return;
        }

        var context = ResolverContext.Rent();
        context.Initialize(this, item, arguments);
        ValueTask pending;
        try
        {
            pending = selection.Field.Pipeline(context);
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            HandleResolverException(context, exception);
            ResolverContext.Return(context);
            return;
        }

        if (pending.IsCompletedSuccessfully)
        {
            pending.GetAwaiter().GetResult();
            CompleteField(context, context.Result);
            ResolverContext.Return(context);
            return;
        }

        _pending++;
        _ = AwaitPipelineAsync(context, pending);
    }

    /// <summary>Runs a pure resolver inline and completes its value; leaves read by the default resolver complete unboxed.</summary>
    private void ExecutePure(in WorkItem item, ArgumentValue[] arguments)
    {
        if (item.Parent is ResolvedLeaf resolved)
        {
            CompleteResolvedLeaf(item, resolved, arguments);
            return;
        }

        var inline = InlineContext;
        inline.Initialize(this, item, arguments);
        try
        {
            object? value;
            try
            {
                var leaf = item.Selection.Field.LeafCompleter;
                if (leaf is null)
                {
                    value = item.Selection.Field.PureResolver!(inline);
                }
                else if (leaf.TryComplete(item.Parent, item.Container, item.Index, out value))
                {
                    return;
                }
            }
            catch (Exception exception) when (!IsAbort(exception))
            {
                HandleResolverException(inline, exception);
                return;
            }

            CompleteField(inline, value);
        }
        finally
        {
            inline.Clear();
        }
    }

    /// <summary>Completes a leaf that <see cref="CompleteLeafNow"/> read but could not complete.</summary>
    private void CompleteResolvedLeaf(in WorkItem item, ResolvedLeaf resolved, ArgumentValue[] arguments)
    {
        var inline = InlineContext;
        inline.Initialize(this, item with { Parent = resolved.Parent }, arguments);
        try
        {
            if (resolved.Failure is { } failure)
            {
                HandleResolverException(inline, failure);
            }
            else
            {
                CompleteField(inline, resolved.Value);
            }
        }
        finally
        {
            inline.Clear();
        }
    }

    private async Task AwaitPipelineAsync(ResolverContext context, ValueTask pending)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            context.Failure = exception;
        }

        Completed.Enqueue(context);
        Signal.Release();
    }

    private void CompleteAsynchronous(ResolverContext context)
    {
        try
        {
            if (context.Failure is { } failure)
            {
                if (IsAbort(failure))
                {
                    throw new OperationCanceledException(null, failure, RequestAborted);
                }

                HandleResolverException(context, failure);
            }
            else if (!context.Container.IsInvalidated)
            {
                CompleteField(context, context.Result);
            }
        }
        finally
        {
            ResolverContext.Return(context);
        }
    }

    /// <summary>A cancellation of the request itself ends the execution instead of becoming a field error.</summary>
    private bool IsAbort(Exception exception) =>
        exception is OperationCanceledException && Aborted.IsCancellationRequested;
}
