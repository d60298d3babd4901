using System.Globalization;
using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// Beyond the specification (Hot Chocolate's cost analysis): an operation's field cost may not exceed
/// <see cref="ValidationOptions.MaxFieldCost"/>. Each field costs its <see cref="FieldCost.CostKey"/> (1 by
/// default) times the sizes of the lists around it: a list field multiplies the cost of its selections by its size
/// argument (<see cref="ValidationOptions.ListSizeArgumentNames"/>), else its <see cref="FieldCost.ListSizeKey"/>,
/// else <see cref="ValidationOptions.DefaultListSize"/>. Fragments count wherever they are spread; introspection
/// fields are free.
/// </summary>
public sealed class MaxFieldCostRule : IValidationRule
{
    public ValidationVisitor? CreateVisitor(ValidationContext context) =>
        context.Options.MaxFieldCost is { } maxCost ? new Visitor(maxCost) : null;

    private sealed class Visitor(double maxCost) : ValidationVisitor
    {
        private readonly SummaryCollector _summaries = new();
        private readonly Stack<double> _multipliers = new();
        private OperationDefinitionNode? _operation;
        private double _multiplier = 1;

        protected override VisitorAction Enter(OperationDefinitionNode node, ValidationContext context)
        {
            _summaries.Begin(node);
            _operation = node;
            _multiplier = 1;
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(FragmentDefinitionNode node, ValidationContext context)
        {
            _summaries.Begin(node);
            _operation = null;
            _multiplier = 1;
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(FieldNode node, ValidationContext context)
        {
            if (node.Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                return VisitorAction.Skip;
            }

            var field = context.FieldDefinition;
            _summaries.Current.Local += CostOf(field) * _multiplier;
            _multipliers.Push(_multiplier);
            if (field is not null && field.Type.IsListType())
            {
                _multiplier *= ListSize(node, field, context);
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction Leave(FieldNode node, ValidationContext context)
        {
            _multiplier = _multipliers.Pop();
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(FragmentSpreadNode node, ValidationContext context)
        {
            _summaries.Current.Spreads.Add((node.Name.Value, _multiplier));
            return VisitorAction.Continue;
        }

        protected override VisitorAction Leave(DocumentNode node, ValidationContext context)
        {
            var aggregation = FragmentAggregation.Sum(_summaries.Fragments);
            foreach (var (operation, summary) in _summaries.Operations)
            {
                var cost = aggregation.Resolve(summary);
                if (cost <= maxCost)
                {
                    continue;
                }

                var subject = operation.Name is { } name ? $"The operation \"{name.Value}\"" : "The anonymous operation";
                context.ReportError(ErrorBuilder.New()
                    .SetMessage($"{subject} has a field cost of {Format(cost)}, which exceeds the maximum allowed field cost of {Format(maxCost)}.")
                    .SetCode(ValidationErrorCodes.MaxCostExceeded)
                    .AddLocation(operation)
                    .SetExtension("fieldCost", cost)
                    .SetExtension("maxFieldCost", maxCost)
                    .Build());
            }

            return VisitorAction.Continue;
        }

        private static double CostOf(OutputField? field) =>
            field is not null && TryGetNumber(field.ContextData, FieldCost.CostKey, out var cost) ? Math.Max(0, cost) : FieldCost.DefaultCost;

        private double ListSize(FieldNode node, OutputField field, ValidationContext context)
        {
            foreach (var argumentName in context.Options.ListSizeArgumentNames)
            {
                foreach (var argument in node.Arguments)
                {
                    if (argument.Name.Value == argumentName && TryGetSize(argument.Value, out var size))
                    {
                        return size;
                    }
                }
            }

            return TryGetNumber(field.ContextData, FieldCost.ListSizeKey, out var configured)
                ? Math.Max(0, configured)
                : Math.Max(0, context.Options.DefaultListSize);
        }

        // A literal size, or the literal default of the variable that gives it.
        private bool TryGetSize(IValueNode value, out double size)
        {
            if (value is VariableNode variable && _operation is not null)
            {
                foreach (var definition in _operation.VariableDefinitions)
                {
                    if (definition.Variable.Name.Value == variable.Name.Value && definition.DefaultValue is { } defaultValue)
                    {
                        value = defaultValue;
                        break;
                    }
                }
            }

            if (value is IntValueNode literal && literal.TryToInt64(out var number))
            {
                size = Math.Max(0, number);
                return true;
            }

            size = 0;
            return false;
        }

        private static bool TryGetNumber(IReadOnlyDictionary<string, object?> contextData, string key, out double number)
        {
            number = 0;
            if (!contextData.TryGetValue(key, out var value) || value is null)
            {
                return false;
            }

            try
            {
                number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return !double.IsNaN(number);
            }
            catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException)
            {
                return false;
            }
        }

        private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
