using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Meridian.Types;

namespace Meridian.CodeFirst.Data;

/// <summary>What every data attribute checks and creates when it configures a field.</summary>
internal static class DataFieldSetup
{
    /// <summary>The element CLR type of the field's list or queryable result; reports a schema error when there is none.</summary>
    public static bool TryGetElementType(IDescriptorContext context, IObjectFieldDescriptor descriptor, string attribute, [NotNullWhen(true)] out Type? elementType)
    {
        elementType = descriptor.Definition.ElementType;
        if (elementType is not null)
        {
            return true;
        }

        context.ReportError(
            $"[{attribute}] on {descriptor.Definition} needs a resolver that returns a list, an IEnumerable<T> or an IQueryable<T>.",
            descriptor.Definition.ToString());
        return false;
    }

    /// <summary>Reports a schema error when the feature was not enabled on the executor builder.</summary>
    public static void RequireEnabled(IDescriptorContext context, IObjectFieldDescriptor descriptor, bool enabled, string attribute, string builderMethod)
    {
        if (!enabled)
        {
            context.ReportError(
                $"[{attribute}] on {descriptor.Definition} needs {builderMethod}() on the executor builder.",
                descriptor.Definition.ToString());
        }
    }

    /// <summary>Creates <paramref name="middlewareType"/> closed over the element type with the given constructor arguments.</summary>
    public static IDataMiddleware CreateMiddleware(Type middlewareType, Type elementType, params object[] arguments) =>
        (IDataMiddleware)Activator.CreateInstance(middlewareType.MakeGenericType(elementType), arguments)!;

    /// <summary>The object type of the elements, once every type is discovered; reports a schema error for other element types.</summary>
    public static bool TryGetObjectType(ICompletionContext context, IObjectFieldDescriptor descriptor, Type elementType, string attribute, [NotNullWhen(true)] out ObjectTypeDefinition? objectType)
    {
        if (context.TryGetObjectType(elementType, out objectType) && objectType.RuntimeType is not null)
        {
            return true;
        }

        context.ReportError(
            $"[{attribute}] on {descriptor.Definition} needs elements of an object type inferred from a class; {elementType.Name} is not one.",
            descriptor.Definition.ToString());
        return false;
    }

    /// <summary>
    /// Adds an argument whose input type is generated from the elements' object type once every type is discovered
    /// (<c>where</c>, <c>order</c>), and the keyed middleware that reads it with the generated type's model.
    /// </summary>
    public static void UseGeneratedInput<TModel>(
        IDescriptorContext context,
        IObjectFieldDescriptor descriptor,
        Type elementType,
        string attribute,
        (string Name, TypeReference Type, string Description) argument,
        Func<ICompletionContext, ObjectTypeDefinition, TModel> createModel,
        (string Key, Type Type) middleware)
        where TModel : class
    {
        var model = new StrongBox<TModel>();
        descriptor
            .Argument(argument.Name, a => a.Type(argument.Type).Description(argument.Description))
            .OnBeforeCompletion((completion, field) =>
            {
                if (TryGetObjectType(completion, field, elementType, attribute, out var objectType))
                {
                    model.Value = createModel(completion, objectType);
                }
            })
            .Use(middleware.Key, CreateMiddleware(middleware.Type, elementType, model, QueryableExecutors.From(context.Services)).Middleware);
    }
}
