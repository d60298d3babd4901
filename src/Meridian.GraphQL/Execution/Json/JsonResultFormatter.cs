using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Meridian.Errors;

namespace Meridian.Execution;

/// <summary>
/// Writes responses straight to UTF-8 JSON: <c>{"errors":[…],"data":…,"extensions":…}</c>, errors first when there
/// are any (as §7 recommends, so they are seen), fields in selection order.
/// </summary>
public static class JsonResultFormatter
{
    private static readonly JsonEncodedText ExtensionsName = JsonEncodedText.Encode("extensions");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText LocationsName = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");

    // Larger scratch buffers, after an unusually large response, are left to the garbage collector.
    private const int MaxRetainedScratch = 1 << 20;

    // Taken while in use: a value written through it may hold a result tree that needs one too.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_scratch;

    /// <summary>Writer options for responses: no escaping of non-ASCII text beyond what JSON requires.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,

        // Results are as deep as documents allow (the parser bounds them); leave room for lists inside objects.
        MaxDepth = 4096,
    };

    public static void Write(OperationResult result, IBufferWriter<byte> output, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        if (!indented)
        {
            var writer = new ResultJsonWriter(output);
            writer.WriteResult(result);
            writer.Flush();
            return;
        }

        // Indented text is for people (tools, logs): the compact text, read again and written with indentation.
        var compact = new ArrayBufferWriter<byte>(1024);
        Write(result, compact);
        using var document = JsonDocument.Parse(compact.WrittenMemory, new JsonDocumentOptions { MaxDepth = WriterOptions.MaxDepth });
        using var indentedWriter = new Utf8JsonWriter(output, WriterOptions with { Indented = true });
        document.WriteTo(indentedWriter);
    }

    public static async ValueTask WriteAsync(OperationResult result, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(4096);
        Write(result, buffer);
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    public static string Format(OperationResult result, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Write(result, buffer, indented);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the response as one value of <paramref name="writer"/> (in a batch, a message, an event).</summary>
    public static void Write(OperationResult result, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        WriteCompact(writer, result, static (ref ResultJsonWriter output, OperationResult value) => output.WriteResult(value));
    }

    /// <summary>Writes one error as §7.1.2 describes it, with <c>extensions.code</c> first among the extensions.</summary>
    public static void WriteError(Utf8JsonWriter writer, IError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString(MessageName, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName(LocationsName);
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber(LineName, location.Line);
                writer.WriteNumber(ColumnName, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { IsRoot: false } path)
        {
            writer.WritePropertyName(PathName);
            path.WriteTo(writer);
        }

        if (error.Code is not null || error.Extensions is { Count: > 0 })
        {
            writer.WritePropertyName(ExtensionsName);
            writer.WriteStartObject();
            if (error.Code is not null)
            {
                writer.WriteString(CodeName, error.Code);
            }

            if (error.Extensions is not null)
            {
                foreach (var (key, value) in error.Extensions)
                {
                    if (key == "code" && error.Code is not null)
                    {
                        continue;
                    }

                    writer.WritePropertyName(key);
                    WriteValue(writer, value);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a serialized value: result nodes, leaves, and the maps and lists custom scalars produce.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool boolean:
                writer.WriteBooleanValue(boolean);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case ResultData node:
                WriteCompact(writer, node, static (ref ResultJsonWriter output, ResultData value) => output.WriteValue(value));
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case short number:
                writer.WriteNumberValue(number);
                break;
            case byte number:
                writer.WriteNumberValue(number);
                break;
            case uint number:
                writer.WriteNumberValue(number);
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case sbyte number:
                writer.WriteNumberValue(number);
                break;
            case ushort number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case JsonDocument document:
                document.RootElement.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(writer, map);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>
    /// Writes with <see cref="ResultJsonWriter"/> into a scratch buffer of the thread, then into
    /// <paramref name="writer"/> as one raw value.
    /// </summary>
    private static void WriteCompact<T>(Utf8JsonWriter writer, T value, WriteCompactValue<T> write)
    {
        var scratch = t_scratch ?? new ArrayBufferWriter<byte>(4096);
        t_scratch = null;
        var output = new ResultJsonWriter(scratch);
        write(ref output, value);
        output.Flush();
        writer.WriteRawValue(scratch.WrittenSpan, skipInputValidation: true);
        scratch.ResetWrittenCount();
        if (scratch.Capacity <= MaxRetainedScratch)
        {
            t_scratch = scratch;
        }
    }

    private delegate void WriteCompactValue<T>(ref ResultJsonWriter output, T value);

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }

        writer.WriteEndObject();
    }
}
