using System.Globalization;
using System.Text;
using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>A topic name with <c>{argument}</c> placeholders, parsed once and filled with argument values per subscription.</summary>
internal sealed class TopicTemplate
{
    private readonly (string Text, bool IsArgument)[] _parts;
    private readonly Dictionary<string, Func<object?, object?>> _converters = new(StringComparer.Ordinal);

    private TopicTemplate((string Text, bool IsArgument)[] parts)
    {
        _parts = parts;
    }

    /// <summary>The argument names the template refers to.</summary>
    public IEnumerable<string> Arguments => _parts.Where(p => p.IsArgument).Select(p => p.Text);

    public static TopicTemplate Parse(string template)
    {
        var parts = new List<(string, bool)>();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                parts.Add((template[position..], false));
                break;
            }

            if (open > position)
            {
                parts.Add((template[position..open], false));
            }

            parts.Add((template[(open + 1)..close], true));
            position = close + 1;
        }

        return new TopicTemplate([.. parts]);
    }

    /// <summary>A template that is the value of one argument.</summary>
    public static TopicTemplate FromArgument(string argumentName) => new([(argumentName, true)]);

    /// <summary>Converts an argument's value before it is written (node IDs are decoded to their keys).</summary>
    public void SetConverter(string argumentName, Func<object?, object?> converter) => _converters[argumentName] = converter;

    public string Format(IResolverContext context)
    {
        if (_parts is [(var fixedName, false)])
        {
            return fixedName;
        }

        var builder = new StringBuilder();
        foreach (var (text, isArgument) in _parts)
        {
            if (!isArgument)
            {
                builder.Append(text);
                continue;
            }

            var value = context.ArgumentValue<object?>(text);
            if (_converters.TryGetValue(text, out var converter))
            {
                value = converter(value);
            }

            builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
