using Meridian.Types;
using static Meridian.CodeFirst.Data.FilterOperationNames;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Generates the filter input types in Hot Chocolate's shape, once per schema: <c>XFilterInput</c> per object type
/// (<c>and</c>, <c>or</c> and one field per filterable property), the operation inputs per scalar
/// (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, <c>BooleanOperationFilterInput</c>,
/// <c>XOperationFilterInput</c> for enums …) and the list inputs (<c>ListStringOperationFilterInput</c>,
/// <c>ListFilterInputTypeOfXFilterInput</c>).
/// </summary>
internal static class FilterTypeFactory
{
    public static string GetInputName(string objectTypeName) => objectTypeName + "FilterInput";

    /// <summary>The model of the object type's filter input, generating it (and what it refers to) on first use.</summary>
    public static FilterObjectModel GetObjectModel(ICompletionContext context, ObjectTypeDefinition type) =>
        GeneratedInputTypes.GetOrCreate<FilterObjectModel>(context, GetInputName(type.Name), type.Name, (input, model) =>
        {
            input.Description = $"Conditions on {type.Name} values; all given conditions must hold.";
            AddCombinators(input);
            foreach (var (field, property) in DataFields.Of(type))
            {
                var valueType = DataValueType.Classify(context, property.PropertyType);
                var inputType = valueType.Kind switch
                {
                    DataValueKind.Object => GetInputName(valueType.ObjectType!.Name),
                    DataValueKind.ObjectList => GetObjectListInput(context, valueType.ObjectType!.Name),
                    DataValueKind.ScalarList => GetScalarListInput(context, valueType.Element!),
                    DataValueKind.Unsupported => null,
                    _ => GetOperationInput(context, valueType),
                };
                if (inputType is null)
                {
                    continue;
                }

                var nested = valueType.ObjectType is { } objectType ? GetObjectModel(context, objectType) : null;
                input.Fields.Add(new InputFieldConfiguration(field.Name, TypeReference.Named(inputType)) { Description = field.Configuration.Description });
                model.Fields[field.Name] = new FilterFieldModel(field.Name, property, valueType, nested);
            }
        });

    /// <summary>The operation input of a scalar or enum kind.</summary>
    private static string GetOperationInput(ICompletionContext context, DataValueType valueType) => valueType.Kind switch
    {
        DataValueKind.String => context.GetOrAddType("StringOperationFilterInput", name =>
        {
            var type = new InputObjectTypeConfiguration(name) { Description = "Conditions on a String value." };
            AddCombinators(type);
            AddFields(type, "String", Eq, Neq, Contains, NotContains);
            AddFields(type, "[String]", In, Nin);
            AddFields(type, "String", StartsWith, NotStartsWith, EndsWith, NotEndsWith);
            return type;
        }).Name,
        DataValueKind.Boolean => context.GetOrAddType("BooleanOperationFilterInput", name =>
        {
            var type = new InputObjectTypeConfiguration(name) { Description = "Conditions on a Boolean value." };
            AddFields(type, "Boolean", Eq, Neq);
            return type;
        }).Name,
        DataValueKind.Enum => context.GetOrAddType(valueType.TypeName + "OperationFilterInput", name =>
        {
            var type = new InputObjectTypeConfiguration(name) { Description = $"Conditions on a {valueType.TypeName} value." };
            AddFields(type, valueType.TypeName!, Eq, Neq);
            AddFields(type, $"[{valueType.TypeName}!]", In, Nin);
            return type;
        }).Name,
        _ => context.GetOrAddType(ToPascalCase(valueType.TypeName!) + "OperationFilterInput", name =>
        {
            var scalar = valueType.TypeName!;
            var type = new InputObjectTypeConfiguration(name) { Description = $"Conditions on a {scalar} value." };
            AddFields(type, scalar, Eq, Neq);
            AddFields(type, $"[{scalar}]", In, Nin);
            AddFields(type, scalar, Gt, Ngt, Gte, Ngte, Lt, Nlt, Lte, Nlte);
            return type;
        }).Name,
    };

    private static string GetScalarListInput(ICompletionContext context, DataValueType element)
    {
        var operations = GetOperationInput(context, element);
        return context.GetOrAddType("List" + operations, name => CreateListInput(name, operations, $"Conditions on a list of {element.TypeName} values.")).Name;
    }

    private static string GetObjectListInput(ICompletionContext context, string objectTypeName)
    {
        var elementInput = GetInputName(objectTypeName);
        return context.GetOrAddType("ListFilterInputTypeOf" + elementInput, name => CreateListInput(name, elementInput, $"Conditions on a list of {objectTypeName} values.")).Name;
    }

    private static InputObjectTypeConfiguration CreateListInput(string name, string elementInput, string description)
    {
        var type = new InputObjectTypeConfiguration(name) { Description = description };
        type.Fields.Add(new InputFieldConfiguration(All, TypeReference.Named(elementInput)) { Description = "Every element matches." });
        type.Fields.Add(new InputFieldConfiguration(None, TypeReference.Named(elementInput)) { Description = "No element matches." });
        type.Fields.Add(new InputFieldConfiguration(Some, TypeReference.Named(elementInput)) { Description = "At least one element matches." });
        type.Fields.Add(new InputFieldConfiguration(Any, TypeReference.Named(ScalarNames.Boolean)) { Description = "The list has elements (true) or is empty (false)." });
        return type;
    }

    private static void AddCombinators(InputObjectTypeConfiguration type)
    {
        var list = TypeReference.Named(type.Name).NonNull().List();
        type.Fields.Add(new InputFieldConfiguration(And, list));
        type.Fields.Add(new InputFieldConfiguration(Or, list));
    }

    private static void AddFields(InputObjectTypeConfiguration type, string fieldType, params string[] names)
    {
        foreach (var name in names)
        {
            type.Fields.Add(new InputFieldConfiguration(name, TypeReference.Parse(fieldType)));
        }
    }

    /// <summary><c>Int</c> → <c>Int</c>, <c>UUID</c> → <c>Uuid</c>, <c>DateTime</c> → <c>DateTime</c>.</summary>
    private static string ToPascalCase(string scalarName) =>
        scalarName.All(c => !char.IsLetter(c) || char.IsUpper(c)) && scalarName.Length > 1
            ? scalarName[0] + scalarName[1..].ToLowerInvariant()
            : scalarName;
}
