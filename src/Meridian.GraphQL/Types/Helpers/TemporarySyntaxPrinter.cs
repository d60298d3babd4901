using System.Globalization;
using System.Text;
using Meridian.Language;

namespace Meridian.Types;

// Stand-in until the Meridian.Language printer is merged: prints the nodes the type system prints (values, type
// references, directives). Delete once Meridian.Language.SyntaxPrinter exists.
internal static class SyntaxPrinter
{
    public static string Print(ISyntaxNode node, bool indented)
    {
        _ = indented;
        var builder = new StringBuilder();
        Append(builder, node);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ISyntaxNode node)
    {
        switch (node)
        {
            case NullValueNode:
                builder.Append("null");
                break;
            case BooleanValueNode boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case IntValueNode integer:
                builder.Append(integer.Value);
                break;
            case FloatValueNode number:
                builder.Append(number.Value);
                break;
            case EnumValueNode enumValue:
                builder.Append(enumValue.Value);
                break;
            case StringValueNode { Block: true } block:
                builder.Append(PrintBlockString(block.Value));
                break;
            case StringValueNode text:
                AppendString(builder, text.Value);
                break;
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, list.Items[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    builder.Append(i > 0 ? ", " : string.Empty);
                    builder.Append(obj.Fields[i].Name.Value).Append(": ");
                    Append(builder, obj.Fields[i].Value);
                }

                builder.Append('}');
                break;
            case NamedTypeNode named:
                builder.Append(named.Name.Value);
                break;
            case ListTypeNode listType:
                builder.Append('[');
                Append(builder, listType.Type);
                builder.Append(']');
                break;
            case NonNullTypeNode nonNull:
                Append(builder, nonNull.Type);
                builder.Append('!');
                break;
            case DirectiveNode directive:
                builder.Append('@').Append(directive.Name.Value);
                if (directive.Arguments.Count > 0)
                {
                    builder.Append('(');
                    for (var i = 0; i < directive.Arguments.Count; i++)
                    {
                        builder.Append(i > 0 ? ", " : string.Empty);
                        builder.Append(directive.Arguments[i].Name.Value).Append(": ");
                        Append(builder, directive.Arguments[i].Value);
                    }

                    builder.Append(')');
                }

                break;
            default:
                throw new NotSupportedException(node.Kind.ToString());
        }
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ' or (>= '\u007f' and <= '\u009f'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }

    private static string PrintBlockString(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || l[0] is ' ' or '\t');
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var result = new StringBuilder("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }
}
