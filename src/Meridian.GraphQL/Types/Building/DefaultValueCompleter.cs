using Meridian.Errors;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// Sets the default values of arguments and input fields, as literal and coerced. Coercing an input object literal
/// uses the defaults of the fields it omits, so the defaults of every input object type a value reaches are
/// completed first; a cycle of defaults is left for the validator to report.
/// </summary>
internal sealed class DefaultValueCompleter
{
    private readonly SchemaConfigurationContext _context;
    private readonly Dictionary<InputValue, InputValueConfiguration> _configurations;
    private readonly HashSet<InputValue> _done = [];
    private readonly HashSet<InputObjectType> _typesStarted = [];

    private DefaultValueCompleter(SchemaConfigurationContext context, Dictionary<InputValue, InputValueConfiguration> configurations)
    {
        _context = context;
        _configurations = configurations;
    }

    public static void Complete(IReadOnlyList<(InputValue Value, InputValueConfiguration Configuration)> inputValues, SchemaConfigurationContext context)
    {
        var configurations = new Dictionary<InputValue, InputValueConfiguration>(inputValues.Count);
        foreach (var (value, configuration) in inputValues)
        {
            configurations[value] = configuration;

            // Literals first: coercion checks whether an omitted field has a default by its literal.
            value.DefaultValue = configuration.DefaultValue;
        }

        var completer = new DefaultValueCompleter(context, configurations);
        foreach (var (value, _) in inputValues)
        {
            completer.CompleteValue(value);
        }
    }

    private void CompleteValue(InputValue value)
    {
        if (!_done.Add(value))
        {
            return;
        }

        var configuration = _configurations[value];
        if (value.Type.NamedType() is InputObjectType inputType)
        {
            CompleteType(inputType);
        }

        try
        {
            if (configuration.DefaultValue is { } literal)
            {
                value.RuntimeDefaultValue = InputCoercion.CoerceLiteral(literal, value.Type);
            }
            else if (configuration.HasRuntimeDefaultValue)
            {
                var asLiteral = ValueToLiteralConverter.ToLiteral(configuration.RuntimeDefaultValue, value.Type);
                value.DefaultValue = asLiteral;
                value.RuntimeDefaultValue = InputCoercion.CoerceLiteral(asLiteral, value.Type);
            }
        }
        catch (InputCoercionException exception)
        {
            Report(value, configuration, exception.Message, exception.InputPath, exception.SyntaxNode);
            value.DefaultValue = null;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or LeafCoercionException)
        {
            Report(value, configuration, exception.Message, [], null);
            value.DefaultValue = null;
        }
    }

    private void CompleteType(InputObjectType type)
    {
        if (!_typesStarted.Add(type))
        {
            return;
        }

        foreach (var field in type.Fields.AsSpan())
        {
            if (field.Type.NamedType() is InputObjectType nested)
            {
                CompleteType(nested);
            }

            if (_configurations.ContainsKey(field))
            {
                CompleteValue(field);
            }
        }
    }

    private void Report(InputValue value, InputValueConfiguration configuration, string message, IReadOnlyList<object> path, ISyntaxNode? node)
    {
        var at = path.Count == 0 ? string.Empty : $" at value{FormatPath(path)}";
        _context.ReportError(
            $"{value.Coordinate} has invalid default value{at}: {message}",
            value.Coordinate,
            node ?? configuration.DefaultValue ?? SchemaConfigurationContext.NameOf(configuration.SyntaxNode));
    }

    private static string FormatPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(segment => segment is int index ? $"[{index}]" : $".{segment}"));
}
