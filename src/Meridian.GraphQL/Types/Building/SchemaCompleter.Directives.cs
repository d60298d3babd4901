using Meridian.Errors;
using Meridian.Language;

namespace Meridian.Types;

internal sealed partial class SchemaCompleter
{
    /// <summary>
    /// Checks every applied directive (known, allowed at the location, not repeated unless repeatable, arguments
    /// known, given when required, and valid) and attaches the runtime directives. The built-in @deprecated,
    /// @specifiedBy and @oneOf are checked but not listed: their meaning is already in the members' properties.
    /// </summary>
    private void CompleteAppliedDirectives()
    {
        foreach (var (target, configurations) in _directiveTargets)
        {
            SetDirectives(target, CompleteDirectives(target, configurations));
        }
    }

    private DirectiveCollection CompleteDirectives(IDirectiveTarget target, List<DirectiveConfiguration> configurations)
    {
        if (configurations.Count == 0)
        {
            return DirectiveCollection.Empty;
        }

        var directives = new List<Directive>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var configuration in configurations)
        {
            var coordinate = target.Coordinate;
            if (!_directivesByName.TryGetValue(configuration.Name, out var directiveType))
            {
                _context.ReportError($"Unknown directive \"@{configuration.Name}\".", coordinate, configuration.SyntaxNode);
                continue;
            }

            if (!directiveType.IsAllowedAt(target.DirectiveLocation))
            {
                _context.ReportError(
                    $"Directive \"@{configuration.Name}\" may not be used on {target.DirectiveLocation.ToName()}.",
                    coordinate,
                    configuration.SyntaxNode);
                continue;
            }

            if (!seen.Add(configuration.Name) && !directiveType.IsRepeatable)
            {
                _context.ReportError(
                    $"The directive \"@{configuration.Name}\" can only be used once at this location.",
                    coordinate,
                    configuration.SyntaxNode);
                continue;
            }

            if (!CheckArguments(directiveType, configuration, coordinate))
            {
                continue;
            }

            if (directiveType.Name is BuiltInDirectives.Deprecated or BuiltInDirectives.SpecifiedBy or BuiltInDirectives.OneOf)
            {
                continue;
            }

            directives.Add(new Directive(directiveType, configuration.Arguments, configuration.SyntaxNode));
        }

        return directives.Count == 0 ? DirectiveCollection.Empty : new DirectiveCollection([.. directives]);
    }

    private bool CheckArguments(DirectiveType directiveType, DirectiveConfiguration configuration, string coordinate)
    {
        var valid = true;
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in configuration.Arguments)
        {
            var name = argument.Name.Value;
            if (!given.Add(name))
            {
                _context.ReportError($"There can be only one argument named \"{name}\".", coordinate, argument.Name);
                valid = false;
                continue;
            }

            if (!directiveType.Arguments.TryGetField(name, out var definition))
            {
                _context.ReportError($"Unknown argument \"{name}\" on directive \"@{directiveType.Name}\".", coordinate, argument.Name);
                valid = false;
                continue;
            }

            try
            {
                InputCoercion.CoerceLiteral(argument.Value, definition.Type);
            }
            catch (InputCoercionException exception)
            {
                _context.ReportError(
                    $"Argument \"{definition.Coordinate}\" on \"{coordinate}\" has an invalid value: {exception.Message}",
                    coordinate,
                    exception.SyntaxNode ?? argument.Value);
                valid = false;
            }
        }

        foreach (var definition in directiveType.Arguments.AsSpan())
        {
            if (definition.IsRequired && !given.Contains(definition.Name))
            {
                _context.ReportError(
                    $"Argument \"{definition.Coordinate}\" of type \"{definition.Type.Print()}\" is required, but it was not provided.",
                    coordinate,
                    configuration.SyntaxNode);
                valid = false;
            }
        }

        return valid;
    }

    private void SetDirectives(IDirectiveTarget target, DirectiveCollection directives)
    {
        switch (target)
        {
            case NamedType type:
                type.SetDirectives(directives);
                break;
            case OutputField field:
                field.Directives = directives;
                break;
            case InputValue value:
                value.Directives = directives;
                break;
            case EnumValue value:
                value.Directives = directives;
                break;
            case Schema schema:
                schema.Directives = directives;
                break;
        }
    }
}
