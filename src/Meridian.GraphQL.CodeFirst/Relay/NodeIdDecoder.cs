namespace Meridian.CodeFirst;

/// <summary>Decodes one input ID to the key type a resolver declares, checking its node type when one is expected.</summary>
internal sealed class NodeIdDecoder(NodeIdSerializer serializer, string? expectedTypeName, Type keyType)
{
    public object? Decode(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value as string ?? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
        var id = serializer.Parse(text, keyType);
        if (expectedTypeName is not null && id.TypeName != expectedTypeName)
        {
            throw NodeIdSerializer.WrongType(text, id.TypeName, expectedTypeName);
        }

        return id.Key;
    }
}
