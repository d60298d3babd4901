using System.Text;

namespace Meridian.Language;

/// <summary>
/// Where the printer writes: text with two-space indentation after each line break, or, in compact mode, one line
/// with spaces for line breaks. It can also only count what would be written (length and line breaks, with
/// indentation relative to where counting began), which is how the printer measures a node before choosing a layout.
/// </summary>
internal sealed class PrintWriter
{
    private readonly StringBuilder _builder;

    public PrintWriter(StringBuilder builder, bool indented)
    {
        _builder = builder;
        Indented = indented;
    }

    public bool Indented { get; }

    private bool Counting { get; set; }

    private int Depth { get; set; }

    private int CountedLength { get; set; }

    private int CountedLineBreaks { get; set; }

    public void Write(string text)
    {
        if (Counting)
        {
            CountedLength += text.Length;
        }
        else
        {
            _builder.Append(text);
        }
    }

    public void Write(char c)
    {
        if (Counting)
        {
            CountedLength++;
        }
        else
        {
            _builder.Append(c);
        }
    }

    /// <summary>A line break followed by the current indentation; a space in compact mode.</summary>
    public void LineBreak()
    {
        if (!Indented)
        {
            Write(' ');
            return;
        }

        if (Counting)
        {
            CountedLength += 1 + (2 * Depth);
            CountedLineBreaks++;
            return;
        }

        _builder.Append('\n').Append(' ', 2 * Depth);
    }

    /// <summary>Writes text that may hold line breaks (a block string), indenting every line after the first.</summary>
    public void WriteLines(string text)
    {
        var start = 0;
        int end;
        while ((end = text.IndexOf('\n', start)) >= 0)
        {
            WriteSlice(text, start, end);
            LineBreak();
            start = end + 1;
        }

        WriteSlice(text, start, text.Length);
    }

    public void Indent() => Depth++;

    public void Unindent() => Depth--;

    /// <summary>
    /// Runs <paramref name="write"/> without producing output and returns the size of what it would have written,
    /// measured as if it started at indentation zero.
    /// </summary>
    public PrintedSize Measure<TState>(TState state, Action<TState> write)
    {
        var (counting, depth, length, lineBreaks) = (Counting, Depth, CountedLength, CountedLineBreaks);
        (Counting, Depth, CountedLength, CountedLineBreaks) = (true, 0, 0, 0);
        try
        {
            write(state);
            return new PrintedSize(CountedLength, CountedLineBreaks);
        }
        finally
        {
            (Counting, Depth, CountedLength, CountedLineBreaks) = (counting, depth, length, lineBreaks);
        }
    }

    private void WriteSlice(string text, int start, int end)
    {
        if (Counting)
        {
            CountedLength += end - start;
        }
        else
        {
            _builder.Append(text, start, end - start);
        }
    }
}

/// <summary>How much text a node prints to: its length (relative indentation included) and its number of line breaks.</summary>
internal readonly record struct PrintedSize(int Length, int LineBreaks);
