using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// Checks that a literal can be coerced to an input type (§5.6, graphql-js's static <c>validateInputLiteral</c>):
/// leaves through the scalar's or enum's <see cref="ILeafType.ParseLiteral"/>, lists including the list-of-one form,
/// input objects field by field, OneOf input objects, and null against non-null types. Variables inside the literal
/// are assumed to hold valid values (All Variable Usages Are Allowed checks them).
/// </summary>
internal static class InputLiteralValidator
{
    public static IReadOnlyList<InputValueIssue> Validate(IValueNode value, IType type, bool hideSuggestions)
    {
        var issues = new List<InputValueIssue>();
        Validate(value, type, hideSuggestions, issues);
        return issues.Count == 0 ? [] : issues;
    }

    private static void Validate(IValueNode value, IType type, bool hideSuggestions, List<InputValueIssue> issues)
    {
        if (value is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (value is NullValueNode)
            {
                issues.Add(new(InputValueIssueKind.IncorrectValue, $"Expected value of non-null type \"{type.Print()}\" not to be null.", value));
                return;
            }

            type = nonNull.NullableType;
        }

        if (value is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list when value is ListValueNode items:
                foreach (var item in items.Items)
                {
                    Validate(item, list.ElementType, hideSuggestions, issues);
                }

                break;
            case ListType list:
                Validate(value, list.ElementType, hideSuggestions, issues);
                break;
            case InputObjectType inputObject:
                ValidateObject(value, inputObject, hideSuggestions, issues);
                break;
            case ILeafType leaf:
                ValidateLeaf(value, leaf, issues);
                break;
        }
    }

    private static void ValidateObject(IValueNode value, InputObjectType type, bool hideSuggestions, List<InputValueIssue> issues)
    {
        if (value is not ObjectValueNode objectValue)
        {
            issues.Add(new(InputValueIssueKind.IncorrectValue, $"Expected value of type \"{type.Name}\" to be an object, found: {Print(value)}.", value));
            return;
        }

        foreach (var field in type.Fields.AsSpan())
        {
            var fieldNode = FindLast(objectValue, field.Name);
            if (fieldNode is null)
            {
                if (field.IsRequired)
                {
                    issues.Add(new(
                        InputValueIssueKind.MissingRequiredField,
                        $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Print(value)}.",
                        value));
                }
            }
            else
            {
                Validate(fieldNode.Value, field.Type, hideSuggestions, issues);
            }
        }

        var knownFields = 0;
        ObjectFieldNode? knownField = null;
        foreach (var fieldNode in objectValue.Fields)
        {
            if (type.Fields.ContainsField(fieldNode.Name.Value))
            {
                knownFields++;
                knownField = fieldNode;
                continue;
            }

            var suggestion = hideSuggestions
                ? string.Empty
                : Suggestions.DidYouMean(Suggestions.Rank(fieldNode.Name.Value, FieldNames(type)));
            var found = suggestion.Length == 0 ? ", found" : $".{suggestion} Found";
            issues.Add(new(
                InputValueIssueKind.UnknownField,
                $"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldNode.Name.Value}\"{found}: {Print(value)}.",
                fieldNode));
        }

        if (type.IsOneOf && (knownFields != 1 || knownField!.Value is NullValueNode))
        {
            issues.Add(new(
                InputValueIssueKind.OneOf,
                $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.",
                value));
        }
    }

    private static void ValidateLeaf(IValueNode value, ILeafType type, List<InputValueIssue> issues)
    {
        try
        {
            type.ParseLiteral(value);
        }
        catch (LeafCoercionException exception)
        {
            issues.Add(new(InputValueIssueKind.IncorrectValue, exception.Message, value));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A custom scalar failed in another way: still a validation error, never a crash.
            issues.Add(new(
                InputValueIssueKind.IncorrectValue,
                $"Expected value of type \"{type.Name}\", but encountered error \"{exception.Message}\"; found: {Print(value)}.",
                value));
        }
    }

    private static ObjectFieldNode? FindLast(ObjectValueNode objectValue, string name)
    {
        for (var i = objectValue.Fields.Count - 1; i >= 0; i--)
        {
            if (objectValue.Fields[i].Name.Value == name)
            {
                return objectValue.Fields[i];
            }
        }

        return null;
    }

    private static IEnumerable<string> FieldNames(InputObjectType type)
    {
        foreach (var field in type.Fields)
        {
            yield return field.Name;
        }
    }

    private static string Print(IValueNode value) => Language.SyntaxPrinter.Print(value, indented: true);
}
