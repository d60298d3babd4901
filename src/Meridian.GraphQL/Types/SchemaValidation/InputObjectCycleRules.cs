using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// §3.10 type validation 3–4: no input object may reach itself through non-null fields only, and default values
/// must not reference themselves (InputObjectDefaultValueHasCycle). Depth-first searches that report each cycle once.
/// </summary>
internal sealed class InputObjectCycleRules
{
    private readonly SchemaConfigurationContext _context;
    private readonly HashSet<InputObjectType> _visitedTypes = [];
    private readonly List<InputField> _fieldPath = [];
    private readonly Dictionary<InputObjectType, int> _pathIndexByType = [];
    private readonly HashSet<InputField> _visitedDefaultFields = [];
    private readonly List<InputField> _defaultPath = [];
    private readonly Dictionary<InputField, int> _defaultPathIndex = [];

    public InputObjectCycleRules(SchemaConfigurationContext context)
    {
        _context = context;
    }

    public void Validate(InputObjectType type)
    {
        DetectNonNullCycle(type);
        DetectDefaultValueCycle(type, EmptyObject);
    }

    private static readonly ObjectValueNode EmptyObject = new(null, []);

    private void DetectNonNullCycle(InputObjectType type)
    {
        if (!_visitedTypes.Add(type))
        {
            return;
        }

        _pathIndexByType[type] = _fieldPath.Count;
        foreach (var field in type.Fields.AsSpan())
        {
            if (field.Type is not NonNullType { NullableType: InputObjectType fieldType })
            {
                continue;
            }

            _fieldPath.Add(field);
            if (!_pathIndexByType.TryGetValue(fieldType, out var cycleIndex))
            {
                DetectNonNullCycle(fieldType);
            }
            else
            {
                var cycle = _fieldPath.GetRange(cycleIndex, _fieldPath.Count - cycleIndex);
                var fields = string.Join(", ", cycle.Select(f => f.Coordinate));
                var via = cycle.Count > 1 ? "via the non-null fields:" : "in the non-null field";
                _context.ReportError(
                    $"Invalid circular reference. The Input Object {fieldType.Name} references itself {via} {fields}.",
                    fieldType.Name,
                    [.. cycle.Select(f => (ISyntaxNode?)f.SyntaxNode?.Name)]);
            }

            _fieldPath.RemoveAt(_fieldPath.Count - 1);
        }

        _pathIndexByType.Remove(type);
    }

    // Checks the fields of an input object value (a literal) for defaults that lead back to themselves.
    private void DetectDefaultValueCycle(InputObjectType type, IValueNode value)
    {
        if (value is ListValueNode list)
        {
            foreach (var item in list.Items)
            {
                DetectDefaultValueCycle(type, item);
            }

            return;
        }

        if (value is not ObjectValueNode objectValue)
        {
            return;
        }

        foreach (var field in type.Fields.AsSpan())
        {
            if (field.Type.NamedType() is not InputObjectType fieldType)
            {
                continue;
            }

            var given = objectValue.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (given is not null)
            {
                DetectDefaultValueCycle(fieldType, given.Value);
            }
            else
            {
                DetectFieldDefaultCycle(field, fieldType);
            }
        }
    }

    private void DetectFieldDefaultCycle(InputField field, InputObjectType fieldType)
    {
        if (field.DefaultValue is not { } defaultValue)
        {
            return;
        }

        if (_defaultPathIndex.TryGetValue(field, out var cycleIndex))
        {
            var via = cycleIndex < _defaultPath.Count - 1
                ? " via the default values of: " + string.Join(", ", _defaultPath.Skip(cycleIndex + 1).Select(f => f.Coordinate))
                : string.Empty;
            _context.ReportError(
                $"Invalid circular reference. The default value of Input Object field {field.Coordinate} references itself{via}.",
                field.Coordinate,
                [.. _defaultPath.Skip(cycleIndex).Select(f => (ISyntaxNode?)f.SyntaxNode?.DefaultValue)]);
            return;
        }

        if (!_visitedDefaultFields.Add(field))
        {
            return;
        }

        _defaultPathIndex[field] = _defaultPath.Count;
        _defaultPath.Add(field);
        DetectDefaultValueCycle(fieldType, defaultValue);
        _defaultPath.RemoveAt(_defaultPath.Count - 1);
        _defaultPathIndex.Remove(field);
    }
}
