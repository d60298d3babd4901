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
    public static string GetInputName(string objectTypeName) => objectTypeName + "SortInput";

    public static SortObjectModel GetObjectModel(ICompletionContext context, ObjectTypeDefinition type) =>
        GeneratedInputTypes.GetOrCreate<SortObjectModel>(context, GetInputName(type.Name), type.Name, (input, model) =>
        {
            var sortEnum = GetSortEnumType(context).Name;
            input.Description = $"The order of {type.Name} values: set one field per entry of the list.";
            foreach (var (field, property) in DataFields.Of(type))
            {
                var valueType = DataValueType.Classify(context, property.PropertyType);
                if (!valueType.IsScalar && valueType.Kind != DataValueKind.Object)
                {
                    continue;
                }

                var nested = valueType.ObjectType is { } objectType ? GetObjectModel(context, objectType) : null;
                var typeName = nested is null ? sortEnum : GetInputName(valueType.ObjectType!.Name);
                input.Fields.Add(new InputFieldConfiguration(field.Name, TypeReference.Named(typeName)) { Description = field.Configuration.Description });
                model.Fields[field.Name] = new SortFieldModel(field.Name, property, nested);
            }
        });

    private static EnumTypeConfiguration GetSortEnumType(ICompletionContext context) =>
        context.GetOrAddType(SortEnumTypeName, name =>
        {
            var type = new EnumTypeConfiguration(name) { RuntimeType = typeof(SortDirection), Description = "The direction of a sort key." };
            type.Values.Add(new EnumValueConfiguration("ASC", SortDirection.Ascending) { Description = "Smallest first." });
            type.Values.Add(new EnumValueConfiguration("DESC", SortDirection.Descending) { Description = "Largest first." });
            return type;
        });
}
