using Meridian.Types;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Generates the sort input types in Hot Chocolate's shape, once per schema: <c>XSortInput</c> per object type with
/// a <c>SortEnumType</c> field per scalar or enum property and a nested sort input per object property (lists are
/// not sortable), and the <c>SortEnumType { ASC DESC }</c> enum.
/// </summary>
internal static class SortTypeFactory
{
    public const string SortEnumTypeName = "SortEnumType";
    private const string ModelKey = "Meridian.Data.SortModel";

    public static string GetInputName(string objectTypeName) => objectTypeName + "SortInput";

    public static SortObjectModel GetObjectModel(ICompletionContext context, ObjectTypeDefinition type)
    {
        var created = false;
        var input = context.GetOrAddType(GetInputName(type.Name), name =>
        {
            created = true;
            return new InputObjectTypeConfiguration(name);
        });

        if (!created)
        {
            if (input.ContextData.TryGetValue(ModelKey, out var existing) && existing is SortObjectModel model)
            {
                return model;
            }

            context.ReportError($"The type name \"{input.Name}\" of the sort input of {type.Name} is taken by another type.", input.Name);
            return new SortObjectModel();
        }

        var sortEnum = GetSortEnumType(context).Name;
        var objectModel = new SortObjectModel();
        input.ContextData[ModelKey] = objectModel;
        input.Description = $"The order of {type.Name} values: set one field per entry of the list.";
        foreach (var (field, property) in DataFields.Of(type))
        {
            var valueType = DataValueType.Classify(context, property.PropertyType);
            SortObjectModel? nested = null;
            string typeName;
            if (valueType.IsScalar)
            {
                typeName = sortEnum;
            }
            else if (valueType.Kind == DataValueKind.Object)
            {
                typeName = GetInputName(valueType.ObjectType!.Name);
                nested = GetObjectModel(context, valueType.ObjectType);
            }
            else
            {
                continue;
            }

            input.Fields.Add(new InputFieldConfiguration(field.Name, TypeReference.Named(typeName)) { Description = field.Configuration.Description });
            objectModel.Fields[field.Name] = new SortFieldModel(field.Name, property, nested);
        }

        return objectModel;
    }

    private static EnumTypeConfiguration GetSortEnumType(ICompletionContext context) =>
        context.GetOrAddType(SortEnumTypeName, name =>
        {
            var type = new EnumTypeConfiguration(name) { RuntimeType = typeof(SortDirection), Description = "The direction of a sort key." };
            type.Values.Add(new EnumValueConfiguration("ASC", SortDirection.Ascending) { Description = "Smallest first." });
            type.Values.Add(new EnumValueConfiguration("DESC", SortDirection.Descending) { Description = "Largest first." });
            return type;
        });
}
