using Meridian.Types;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Registers a generated input type (<c>XFilterInput</c>, <c>XSortInput</c>) once per schema with the model the
/// middleware reads: the first caller creates and fills it (registering it before filling, so that types referring
/// to each other end), later callers get the model kept in the type's context data.
/// </summary>
internal static class GeneratedInputTypes
{
    public static TModel GetOrCreate<TModel>(ICompletionContext context, string name, string objectTypeName, Action<InputObjectTypeConfiguration, TModel> fill)
        where TModel : class, new()
    {
        var key = typeof(TModel).FullName!;
        var created = false;
        var input = context.GetOrAddType(name, n =>
        {
            created = true;
            return new InputObjectTypeConfiguration(n);
        });

        if (created)
        {
            // Kept before the fields are added: a nested type that refers back to this one finds the model.
            var model = new TModel();
            input.ContextData[key] = model;
            fill(input, model);
            return model;
        }

        if (input.ContextData.TryGetValue(key, out var existing) && existing is TModel found)
        {
            return found;
        }

        context.ReportError($"The type name \"{name}\" of the generated input of {objectTypeName} is taken by another type.", name);
        return new TModel();
    }
}
