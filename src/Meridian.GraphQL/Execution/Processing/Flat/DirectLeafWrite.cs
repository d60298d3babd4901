using System.Reflection;

namespace Meridian.Execution;

/// <summary>
/// How a compiled flat writer writes the values of a leaf store itself, into the room it took for the whole object
/// (<see cref="ResultJsonWriter.GetRoom"/>): the <see cref="DirectJson"/> method that writes what the store would, the
/// most bytes it touches (for a text, besides its characters), and whether it can decline a value, which the store
/// then writes (or rejects) through the writer. Only the engine's own stores of the common scalars have one.
/// </summary>
internal sealed record DirectLeafWrite(MethodInfo Method, int MaxLength, bool CanDecline)
{
    private static readonly DirectLeafWrite Text = Create(nameof(DirectJson.TryWriteString), DirectJson.StringQuotesLength, canDecline: true);
    private static readonly DirectLeafWrite Integer = Create(nameof(DirectJson.WriteInteger), DirectJson.MaxIntegerLength, canDecline: false);
    private static readonly DirectLeafWrite IntegerId = Create(nameof(DirectJson.WriteIntegerId), DirectJson.MaxIntegerIdLength, canDecline: false);
    private static readonly DirectLeafWrite ShortDecimal = Create(nameof(DirectJson.TryWriteShortDecimal), DirectJson.MaxShortDecimalLength, canDecline: true);
    private static readonly DirectLeafWrite Boolean = Create(nameof(DirectJson.WriteBoolean), DirectJson.MaxLiteralLength, canDecline: false);

    /// <summary>The value the method takes (a wider integer than the member's, or the member's type).</summary>
    public Type ValueType => Method.GetParameters()[1].ParameterType;

    /// <summary>
    /// The direct write of <paramref name="store"/>'s values; null for stores that only write through the writer. A
    /// store of nullable values has its values' store's (the compiled writer tests for null itself).
    /// </summary>
    public static DirectLeafWrite? Find(object store) => store switch
    {
        INullableLeafStore nullable => Find(nullable.Values),
        StringLeafStore => Text,
        FiniteDoubleLeafStore => ShortDecimal,
        BooleanLeafStore => Boolean,
        Int32IdLeafStore => IntegerId,
        IFormattedLeafStore { Format: Int32LeafFormat or Int64LeafFormat } => Integer,
        IFormattedLeafStore { Format: IntegerIdLeafFormat } => IntegerId,
        _ => null,
    };

    private static DirectLeafWrite Create(string name, int maxLength, bool canDecline) =>
        new(typeof(DirectJson).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!, maxLength, canDecline);
}
