using Meridian.Language;

namespace Meridian.Types;

/// <summary>What argument and input field configurations share: a type, a default value and deprecation.</summary>
public abstract class InputValueConfiguration : TypeSystemConfiguration
{
    private object? _runtimeDefaultValue;

    protected InputValueConfiguration(string name, TypeReference type)
        : base(name)
    {
        Type = type;
    }

    public TypeReference Type { get; set; }

    /// <summary>The default value as a literal (SDL-first). Takes precedence over <see cref="RuntimeDefaultValue"/>.</summary>
    public IValueNode? DefaultValue { get; set; }

    /// <summary>The default value as a runtime value (code-first); converted to a literal for SDL and introspection.</summary>
    public object? RuntimeDefaultValue
    {
        get => _runtimeDefaultValue;
        set
        {
            _runtimeDefaultValue = value;
            HasRuntimeDefaultValue = true;
        }
    }

    public bool HasRuntimeDefaultValue { get; private set; }

    public string? DeprecationReason { get; set; }

    /// <summary>Removes a runtime default value set before.</summary>
    public void ClearRuntimeDefaultValue()
    {
        _runtimeDefaultValue = null;
        HasRuntimeDefaultValue = false;
    }
}
