using System.Runtime.CompilerServices;

namespace Meridian.Execution;

/// <summary>
/// Sixteen bytes in a result slot that hold a leaf value unboxed (an <see cref="int"/>, a <see cref="DateTimeOffset"/>,
/// a <see cref="Guid"/> …): the <see cref="LeafFormat{T}"/> stored beside it knows the type and writes it.
/// </summary>
internal struct LeafPayload
{
#pragma warning disable IDE0044, CS0169 // Storage only: values are written and read through Unsafe.As.
    private long _first;
    private long _second;
#pragma warning restore IDE0044, CS0169

    public static LeafPayload From<T>(T value)
        where T : unmanaged
    {
        EnsureFits<T>();
        var payload = default(LeafPayload);
        Unsafe.As<LeafPayload, T>(ref payload) = value;
        return payload;
    }

    public readonly T Read<T>()
        where T : unmanaged
    {
        EnsureFits<T>();
        return Unsafe.As<LeafPayload, T>(ref Unsafe.AsRef(in this));
    }

    // A constant for each T once compiled, so the check costs nothing.
    private static void EnsureFits<T>()
        where T : unmanaged
    {
        if (Unsafe.SizeOf<T>() > Unsafe.SizeOf<LeafPayload>())
        {
            throw new InvalidOperationException($"{typeof(T).Name} does not fit in a leaf payload.");
        }
    }
}
