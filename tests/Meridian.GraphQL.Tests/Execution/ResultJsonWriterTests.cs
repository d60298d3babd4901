using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

/// <summary>
/// The result writer writes most values itself instead of through <see cref="Utf8JsonWriter"/>: its bytes must be
/// that writer's, value for value, with the response options.
/// </summary>
public sealed class ResultJsonWriterTests
{
    [Fact]
    public void Doubles_are_written_as_the_general_writer_writes_them()
    {
        var values = new List<double>
        {
            0, -0.0, 1, -1, 0.5, -0.5, 0.1, 0.2, 0.1 + 0.2, 0.3, 1.15, 1.005, 2.675, 1.1, 123.456, 99.99, 0.0001, 0.00012,
            0.00001, 0.001, 1e14, 1e15, 1e16, 999_999_999_999_999, 99_999_999_999_999.9, 123_456_789_012.345, 9_007_199_254_740_993,
            0.30000000000000004, 1d / 3, 2d / 3, Math.PI, Math.E, double.Epsilon, double.MaxValue, double.MinValue, 4.35, 4.345,
            0.07, 1234.5678, -9876.54321, 5e-324, 1.7976931348623157e308, 100, 1e-4, 12.5, 1e21, 123456.7, 0.1234,
        };
        for (var i = 0; i < 10_000; i++)
        {
            values.Add(i + 0.5);
            values.Add(i / 100d);
            values.Add(-i / 1_000d);
            values.Add(i / 10_000d);
            values.Add(i * 1.1);
            values.Add(i * 0.07);
        }

        // Whole parts of every length the decimal path writes (it has its own paths for one and two digits), with
        // fractions that keep one to four decimals, either sign.
        for (var digits = 0; digits <= 11; digits++)
        {
            var power = Math.Pow(10, digits);
            foreach (var fraction in new[] { 0.5, 0.25, 0.125, 0.0625, 0.1, 0.01, 0.001, 0.0001, 0.9999, 0.123 })
            {
                values.Add(power + fraction);
                values.Add(power - fraction);
                values.Add(-(power + fraction));
            }
        }

        var random = new Random(20261121);
        for (var i = 0; i < 20_000; i++)
        {
            values.Add(random.NextDouble() * Math.Pow(10, random.Next(-6, 18)));
            values.Add(Math.Round(random.NextDouble() * Math.Pow(10, random.Next(0, 12)), random.Next(0, 6)));
            values.Add(BitConverter.Int64BitsToDouble(random.NextInt64()));
        }

        foreach (var value in values.Where(double.IsFinite))
        {
            Assert.True(
                Expected(writer => writer.WriteNumberValue(value)) == Actual(value),
                $"{value.ToString("R", CultureInfo.InvariantCulture)}: expected {Expected(writer => writer.WriteNumberValue(value))}, wrote {Actual(value)}");
        }
    }

    [Fact]
    public void Doubles_next_to_short_decimals_are_written_as_the_general_writer_writes_them()
    {
        // The short-decimal path accepts a double only when it is the double nearest to its digits / 10^4. Its
        // neighbours a few last-bit units away scale to the same digits but are not, and just below a power of two
        // the doubles are twice as dense: every magnitude the path takes, on both sides of each.
        var values = new List<double>();
        var random = new Random(20261122);
        for (var i = 0; i < 20_000; i++)
        {
            var tenThousandths = (long)Math.Pow(10, random.NextDouble() * 15);
            values.Add(tenThousandths / 10_000d);
        }

        for (var exponent = -14; exponent <= 37; exponent++)
        {
            values.Add(Math.Pow(2, exponent));
        }

        foreach (var center in values.ToArray())
        {
            var below = center;
            var above = center;
            for (var step = 0; step < 4; step++)
            {
                below = Math.BitDecrement(below);
                above = Math.BitIncrement(above);
                values.Add(below);
                values.Add(above);
                values.Add(-above);
            }
        }

        foreach (var value in values)
        {
            Assert.True(
                Expected(writer => writer.WriteNumberValue(value)) == Actual(value),
                $"{value.ToString("R", CultureInfo.InvariantCulture)}: expected {Expected(writer => writer.WriteNumberValue(value))}, wrote {Actual(value)}");
        }
    }

    [Fact]
    public void Every_character_is_escaped_as_the_general_writer_escapes_it()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var text = "a" + (char)code + "b";
            Assert.Equal(Expected(writer => writer.WriteStringValue(text)), Actual(text));

            // Longer texts are checked by vectorized calls instead of character by character.
            var longText = "longer than sixteen " + (char)code + " characters";
            Assert.Equal(Expected(writer => writer.WriteStringValue(longText)), Actual(longText));
        }

        foreach (var text in new[] { string.Empty, "plain ascii text", "quote \" and \\ backslash", "é ü 日本 😀", "\uD800 lone", "tab\tnew\nline", "<script>&'`", new string('x', 100_000) })
        {
            Assert.Equal(Expected(writer => writer.WriteStringValue(text)), Actual(text));
        }
    }

    [Fact]
    public void Integers_booleans_and_null_are_written_as_the_general_writer_writes_them()
    {
        foreach (var value in new object?[] { 0, -1, int.MinValue, int.MaxValue, 0L, long.MinValue, long.MaxValue, true, false, null, 12.5m, (short)3, 2.5f })
        {
            Assert.Equal(Expected(writer => JsonResultFormatter.WriteValue(writer, value)), Actual(value));
        }
    }

    [Fact]
    public void Short_texts_copied_in_blocks_are_checked_at_every_position()
    {
        // Texts of four to sixty-four characters are checked eight characters at a time, with overlapping last blocks:
        // a character that must be escaped (or is not ASCII) has to be found wherever it stands.
        var specials = Enumerable.Range(0, 0x100).Select(code => (char)code)
            .Concat(['\u2028', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFD', '\uFFFF', '\u7F7F', '\u2022']);
        var lengths = Enumerable.Range(1, 20).Concat(Enumerable.Range(62, 5));
        foreach (var special in specials)
        {
            foreach (var length in lengths)
            {
                for (var position = 0; position < length; position++)
                {
                    var text = string.Create(length, (special, position), static (span, state) =>
                    {
                        for (var i = 0; i < span.Length; i++)
                        {
                            span[i] = (char)('a' + (i % 26));
                        }

                        span[state.position] = state.special;
                    });
                    Assert.Equal(Expected(writer => writer.WriteStringValue(text)), Actual(text));
                }
            }
        }
    }

    [Fact]
    public void Integers_of_every_digit_count_are_written_as_the_general_writer_writes_them()
    {
        var values = new List<long> { 0, 1, -1, 9, -9, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1, int.MaxValue, int.MinValue, uint.MaxValue, (long)uint.MaxValue + 1 };
        for (long power = 10; power <= 1_000_000_000_000_000_000; power *= 10)
        {
            values.AddRange([power - 1, power, power + 1, -power + 1, -power, -power - 1, power * 5 / 10]);
        }

        var random = new Random(20261122);
        for (var i = 0; i < 10_000; i++)
        {
            values.Add(random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(0, 63));
        }

        foreach (var value in values)
        {
            Assert.Equal(Expected(writer => writer.WriteNumberValue(value)), Actual(value));
        }
    }

    [Fact]
    public void A_response_larger_than_a_chunk_is_written_whole()
    {
        // Every kind of value, over hundreds of chunks (the refill itself at each kind: the test after this one).
        // (A text that needs escaping is written by the general writer, which starts a new chunk: one in a hundred.)
        var items = Enumerable.Range(0, 20_000).Select(i => i % 100 == 0 ? $"item {i} ünïcode" : $"item {i}").ToArray();
        var output = new ExactSpans();
        var writer = new ResultJsonWriter(output);
        for (var i = 0; i < items.Length; i++)
        {
            writer.WriteValue(items[i]);
            writer.WriteNumber(items[i].Length + 0.25);
            writer.WriteValue($"plain {i}");
            writer.WriteNumber(i % 97);
            writer.WriteValue($"plain {i}");
            writer.WriteNumber(i * 1_000_003L);
            writer.WriteValue($"plain {i}");
            writer.WriteBoolean(i % 3 == 0);
        }

        writer.Flush();
        var expected = new StringBuilder();
        for (var i = 0; i < items.Length; i++)
        {
            var plain = Expected(general => general.WriteStringValue($"plain {i}"));
            expected.Append(Expected(general => general.WriteStringValue(items[i])));
            expected.Append(Expected(general => general.WriteNumberValue(items[i].Length + 0.25)));
            expected.Append(plain).Append(Expected(general => general.WriteNumberValue(i % 97)));
            expected.Append(plain).Append(Expected(general => general.WriteNumberValue(i * 1_000_003L)));
            expected.Append(plain).Append(Expected(general => general.WriteBooleanValue(i % 3 == 0)));
        }

        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(output.Written));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Values_that_start_a_new_chunk_follow_what_was_written(int free)
    {
        // A text that leaves a few bytes of the chunk free, then values of each kind, the first of which has to refill:
        // one that added its length to the position read before the refill would leave a gap.
        var filler = new string('a', 4096 - 2 - free);
        var values = new object?[] { 7, 4_321, 123_456_789L, 12.5, 0.0625, -3.75, true, false, null, "plain", "ünïcode" };
        foreach (var value in values)
        {
            var output = new ExactSpans();
            var writer = new ResultJsonWriter(output);
            writer.WriteValue(filler);
            writer.WriteValue(value);
            writer.WriteValue(value);
            writer.Flush();
            var single = Expected(general => JsonResultFormatter.WriteValue(general, value));
            Assert.Equal(Expected(general => general.WriteStringValue(filler)) + single + single, Encoding.UTF8.GetString(output.Written));
        }
    }

    private static string Expected(Action<Utf8JsonWriter> write)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, JsonResultFormatter.WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static string Actual(object? value)
    {
        var output = new ArrayBufferWriter<byte>();
        var writer = new ResultJsonWriter(output);
        writer.WriteValue(value);
        writer.Flush();
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>An output that gives no more room than asked for: the writer refills at the end of every chunk.</summary>
    private sealed class ExactSpans : IBufferWriter<byte>
    {
        private byte[] _bytes = new byte[1024];
        private int _written;

        public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _written);

        public void Advance(int count) => _written += count;

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            var size = Math.Max(sizeHint, 1);
            if (_bytes.Length - _written < size)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _written + size));
            }

            return _bytes.AsMemory(_written, size);
        }
    }
}
