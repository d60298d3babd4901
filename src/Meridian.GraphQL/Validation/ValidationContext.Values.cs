using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

// Input literals are checked once per value and type; the four rules of §5.6 each report their own kind of issue.
public sealed partial class ValidationContext
{
    private IValueNode? _checkedValue;
    private IType? _checkedType;
    private IReadOnlyList<InputValueIssue> _valueIssues = [];

    /// <summary>The problems of a literal given where <paramref name="type"/> is expected (computed once per value and type).</summary>
    public IReadOnlyList<InputValueIssue> GetInputValueIssues(IValueNode value, IType type)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(type);
        if (!ReferenceEquals(value, _checkedValue) || !ReferenceEquals(type, _checkedType))
        {
            _valueIssues = InputLiteralValidator.Validate(value, type, Options.HideSuggestions);
            _checkedValue = value;
            _checkedType = type;
        }

        return _valueIssues;
    }
}
