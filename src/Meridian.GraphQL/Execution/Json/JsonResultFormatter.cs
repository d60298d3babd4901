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
    private static readonly JsonEncodedText ErrorsName = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText ExtensionsName = JsonEncodedText.Encode("extensions");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText LocationsName = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");

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
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, indented ? WriterOptions with { Indented = true } : WriterOptions);
        Write(result, writer);
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

    public static void Write(OperationResult result, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName(ErrorsName);
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName(DataName);
            if (result.Data is ObjectResult data)
            {
                WriteObject(writer, data);
            }
            else
            {
                WriteValue(writer, result.Data);
            }
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsName);
            WriteMap(writer, extensions);
        }

        writer.WriteEndObject();
        writer.Flush();
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

    private static void WriteObject(Utf8JsonWriter writer, ObjectResult obj)
    {
        writer.WriteStartObject();
        for (var i = 0; i < obj.Count; i++)
        {
            writer.WritePropertyName(obj.GetSelection(i).EncodedResponseName);
            var value = obj.GetRawValue(i);
            if (value is LeafFormat leaf)
            {
                leaf.Write(writer, in obj.GetLeaf(i));
            }
            else
            {
                WriteValue(writer, value);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, ListResult list)
    {
        writer.WriteStartArray();
        for (var i = 0; i < list.Count; i++)
        {
            WriteValue(writer, list.GetValue(i));
        }

        writer.WriteEndArray();
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
            case ObjectResult obj:
                WriteObject(writer, obj);
                break;
            case ListResult list:
                WriteList(writer, list);
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
