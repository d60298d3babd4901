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
        var items = Enumerable.Range(0, 2_000).Select(i => $"item {i} ünïcode").ToArray();
        var output = new ArrayBufferWriter<byte>(16);
        var writer = new ResultJsonWriter(output);
        foreach (var item in items)
        {
            writer.WriteValue(item);
            writer.WriteNumber(item.Length + 0.25);
        }

        writer.Flush();
        var expected = new StringBuilder();
        foreach (var item in items)
        {
            expected.Append(Expected(general => general.WriteStringValue(item)));
            expected.Append(Expected(general => general.WriteNumberValue(item.Length + 0.25)));
        }

        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(output.WrittenSpan));
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
}
