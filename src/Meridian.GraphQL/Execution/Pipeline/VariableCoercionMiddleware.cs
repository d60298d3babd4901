namespace Meridian.Execution;

/// <summary>Coerces the request's variables (§6.1.2); invalid values end the request with <c>VARIABLE_VALUE_INVALID</c> errors.</summary>
public static class VariableCoercionMiddleware
{
    public static RequestMiddleware Create() => static (_, next) => context =>
    {
        var variables = VariableCoercer.Coerce(context.Schema, context.Operation!, context.Request.VariableValues, out var errors);
        if (variables is null)
        {
            context.Executor.Diagnostics.VariableErrors(context, errors);
            context.SetRequestErrors(errors);
            return default;
        }

        context.Variables = variables;
        return next(context);
    };
}
