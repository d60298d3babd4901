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

    private sealed class Visitor(double maxCost) : OperationMeasureVisitor(maxCost)
    {
        private readonly Stack<double> _multipliers = new();
        private OperationDefinitionNode? _operation;
        private double _multiplier = 1;

        protected override double SpreadFactor => _multiplier;

        protected override FragmentAggregation Aggregate(Dictionary<string, DefinitionSummary> fragments) =>
            FragmentAggregation.Sum(fragments);

        protected override void Begin(OperationDefinitionNode? operation)
        {
            _operation = operation;
            _multiplier = 1;
        }

        protected override VisitorAction Enter(FieldNode node, ValidationContext context)
        {
            if (node.Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                return VisitorAction.Skip;
            }

            var field = context.FieldDefinition;
            Current.Local += CostOf(field) * _multiplier;
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

        protected override IError CreateError(OperationDefinitionNode operation, string subject, double value) =>
            ErrorBuilder.New()
                .SetMessage($"{subject} has a field cost of {Format(value)}, which exceeds the maximum allowed field cost of {Format(Limit)}.")
                .SetCode(ValidationErrorCodes.MaxCostExceeded)
                .AddLocation(operation)
                .SetExtension("fieldCost", value)
                .SetExtension("maxFieldCost", Limit)
                .Build();

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
