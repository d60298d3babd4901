using System.Globalization;
using System.Text;
using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>A topic name with <c>{argument}</c> placeholders, parsed once and filled with argument values per subscription.</summary>
internal sealed class TopicTemplate
{
    private readonly (string Text, bool IsArgument)[] _parts;

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

    public string Format(IResolverContext context)
    {
        if (_parts is [(var fixedName, false)])
        {
            return fixedName;
        }

        var builder = new StringBuilder();
        foreach (var (text, isArgument) in _parts)
        {
            builder.Append(isArgument
                ? Convert.ToString(context.ArgumentValue<object?>(text), CultureInfo.InvariantCulture)
                : text);
        }

        return builder.ToString();
    }
}
