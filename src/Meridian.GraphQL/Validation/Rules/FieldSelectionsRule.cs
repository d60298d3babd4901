using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// §5.3.1 Field Selections: a selected field must be defined on the type in scope (or be a meta-field). The error
/// suggests the types to use an inline fragment on, else similar field names, as graphql-js does.
/// </summary>
public sealed class FieldSelectionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(FieldNode node, ValidationContext context)
        {
            if (context.ParentType is not { } parentType || context.FieldDefinition is not null)
            {
                return VisitorAction.Continue;
            }

            var fieldName = node.Name.Value;
            var suggestion = string.Empty;
            if (!context.Options.HideSuggestions)
            {
                suggestion = Suggestions.DidYouMean(SuggestTypeNames(context.Schema, parentType, fieldName), "to use an inline fragment on");
                if (suggestion.Length == 0 && parentType is ComplexOutputType complex)
                {
                    suggestion = Suggestions.DidYouMean(Suggestions.Rank(fieldName, FieldNames(complex)));
                }
            }

            context.ReportError(
                $"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\".{suggestion}",
                ValidationErrorCodes.FieldNotDefined,
                SpecSections.FieldSelections,
                node);
            return VisitorAction.Continue;
        }

        // The possible types of an abstract type that define the field, and their interfaces that do, the most
        // common first, interfaces before the types that implement them.
        private static IReadOnlyList<string> SuggestTypeNames(Schema schema, INamedType type, string fieldName)
        {
            if (!type.IsAbstractType())
            {
                return [];
            }

            var usage = new Dictionary<ComplexOutputType, int>();
            var order = new List<ComplexOutputType>();
            foreach (var possibleType in schema.GetPossibleTypes(type))
            {
                if (!possibleType.Fields.ContainsField(fieldName))
                {
                    continue;
                }

                Count(possibleType);
                foreach (var implemented in possibleType.Interfaces)
                {
                    if (implemented.Fields.ContainsField(fieldName))
                    {
                        Count(implemented);
                    }
                }
            }

            order.Sort((a, b) =>
            {
                var byUsage = usage[b] - usage[a];
                if (byUsage != 0)
                {
                    return byUsage;
                }

                if (a is InterfaceType interfaceA && b.IsImplementing(interfaceA))
                {
                    return -1;
                }

                if (b is InterfaceType interfaceB && a.IsImplementing(interfaceB))
                {
                    return 1;
                }

                return NaturalOrder.Compare(a.Name, b.Name);
            });

            return order.ConvertAll(t => t.Name);

            void Count(ComplexOutputType candidate)
            {
                if (usage.TryGetValue(candidate, out var count))
                {
                    usage[candidate] = count + 1;
                }
                else
                {
                    usage[candidate] = 1;
                    order.Add(candidate);
                }
            }
        }

        private static IEnumerable<string> FieldNames(ComplexOutputType type)
        {
            foreach (var field in type.Fields)
            {
                yield return field.Name;
            }
        }
    }
}
