using Meridian.Errors;
using Meridian.Language;

namespace Meridian.Execution;

/// <summary>
/// Picks the operation to run (§6.1 GetOperation) and checks that the request may run its type: an unknown name is
/// <c>OPERATION_NOT_FOUND</c>, a missing name with several operations <c>OPERATION_NAME_REQUIRED</c>, a type the
/// request does not allow (a mutation over HTTP GET) or the schema does not support <c>OPERATION_NOT_ALLOWED</c>.
/// </summary>
public static class OperationResolverMiddleware
{
    public static RequestMiddleware Create() => static (_, next) => context =>
    {
        IError? error = null;
        var operation = context.Operation ?? FindOperation(context.Document!, context.Request.OperationName, out error);
        if (operation is null)
        {
            context.SetRequestError(error!);
            return default;
        }

        var allowed = operation.Operation switch
        {
            OperationType.Query => AllowedOperations.Query,
            OperationType.Mutation => AllowedOperations.Mutation,
            _ => AllowedOperations.Subscription,
        };
        if ((context.Request.AllowedOperations & allowed) == 0)
        {
            context.SetRequestError(ErrorBuilder.New()
                .SetMessage($"The {operation.Operation.ToKeyword()} operation is not allowed for this request.")
                .SetCode(ErrorCodes.OperationNotAllowed)
                .AddLocation(operation)
                .Build());
            return default;
        }

        if (context.Schema.GetRootType(operation.Operation) is null)
        {
            context.SetRequestError(ErrorBuilder.New()
                .SetMessage($"Schema is not configured to execute {operation.Operation.ToKeyword()} operation.")
                .SetCode(ErrorCodes.OperationNotAllowed)
                .AddLocation(operation)
                .Build());
            return default;
        }

        context.Operation = operation;
        return next(context);
    };

    /// <summary>The operation of the document to run; null with the reason when there is none.</summary>
    public static OperationDefinitionNode? FindOperation(DocumentNode document, string? operationName, out IError? error)
    {
        ArgumentNullException.ThrowIfNull(document);
        OperationDefinitionNode? found = null;
        var count = 0;
        // Indexed: this runs for every request, and enumerating the list through its interface allocates.
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (operationName is null ? found is null : operation.Name?.Value == operationName)
            {
                found ??= operation;
            }
        }

        error = null;
        if (operationName is null && count > 1)
        {
            error = new Error("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationNameRequired);
            return null;
        }

        if (found is null)
        {
            error = operationName is null
                ? new Error("Must provide an operation.", ErrorCodes.OperationNotFound)
                : new Error($"Unknown operation named \"{operationName}\".", ErrorCodes.OperationNotFound);
        }

        return found;
    }
}
