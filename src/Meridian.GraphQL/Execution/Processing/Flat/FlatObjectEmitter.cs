using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.InteropServices;

namespace Meridian.Execution;

/// <summary>
/// Emits the writing part of a compiled flat writer (<see cref="FlatObjectWriterCompiler"/>): it takes room for the
/// whole object once (<see cref="ResultJsonWriter.GetRoom"/>), as much as its constant parts and its values can take,
/// and stores the constant parts and the common leaf values (<see cref="DirectLeafWrite"/>) into it, its position a
/// local, then counts what it stored once (<see cref="ResultJsonWriter.Advance"/>). Kept in the writer, the position
/// went through memory between every two values, a chain of loads and stores that bounded how fast an object was
/// written. Values written through the writer (other leaves, nested objects, a value a direct write declines: a text
/// to escape, a double that is no short decimal) count what was stored before them and take the room again after.
/// </summary>
internal sealed class FlatObjectEmitter
{
    // Longer constant parts are copied from their arrays instead of stored as eight-byte constants.
    private const int MaxInlineSegment = 64;

    private static readonly MethodInfo GetRoom = typeof(ResultJsonWriter).GetMethod(nameof(ResultJsonWriter.GetRoom))!;
    private static readonly MethodInfo Advance = typeof(ResultJsonWriter).GetMethod(nameof(ResultJsonWriter.Advance))!;
    private static readonly MethodInfo WriteNull = typeof(ResultJsonWriter).GetMethod(nameof(ResultJsonWriter.WriteNull))!;
    private static readonly MethodInfo WriteNullDirect = typeof(DirectJson).GetMethod(nameof(DirectJson.WriteNull))!;
    private static readonly MethodInfo TextLength = typeof(string).GetProperty(nameof(string.Length))!.GetMethod!;

    private readonly ILGenerator _il;
    private readonly byte _writer;
    private readonly byte[][] _segments;
    private readonly FieldInfo _segmentsField;
    private readonly FieldInfo _storesField;
    private readonly LocalBuilder _room;
    private readonly LocalBuilder _position;
    private readonly LocalBuilder _need;
    private readonly LocalBuilder _length;
    private readonly List<Action> _declined = [];

    /// <summary>
    /// An emitter into <paramref name="il"/> of a method whose argument 0 is the writer's state (segments and stores) and
    /// argument <paramref name="writer"/> the <see cref="ResultJsonWriter"/>, by reference.
    /// </summary>
    public FlatObjectEmitter(ILGenerator il, byte writer, byte[][] segments, FieldInfo segmentsField, FieldInfo storesField)
    {
        _il = il;
        _writer = writer;
        _segments = segments;
        _segmentsField = segmentsField;
        _storesField = storesField;
        _room = il.DeclareLocal(typeof(byte).MakeByRefType());
        _position = il.DeclareLocal(typeof(nint));
        _need = il.DeclareLocal(typeof(int));
        _length = il.DeclareLocal(typeof(int));
        Failed = il.DefineLabel();
    }

    /// <summary>Where the writer answers <see cref="FlatWriteResult.NeedsCompletion"/>.</summary>
    public Label Failed { get; }

    /// <summary>
    /// Takes the room for the object: <paramref name="extra"/> bytes (a separator), its constant parts, and for each
    /// leaf written directly the most it stores (for a text, with its length, read from the value).
    /// </summary>
    public void EmitRoom(IEnumerable<Leaf> leaves, int extra)
    {
        var constant = extra + _segments.Sum(static segment => segment.Length <= MaxInlineSegment ? RoundUp(segment.Length) : segment.Length);
        var texts = new List<LocalBuilder>();
        foreach (var leaf in leaves)
        {
            if (leaf.Direct is { } direct)
            {
                constant += Math.Max(direct.MaxLength, DirectJson.MaxLiteralLength);
                if (leaf.Value.LocalType == typeof(string))
                {
                    texts.Add(leaf.Value);
                }
            }
        }

        _il.Emit(OpCodes.Ldc_I4, constant);
        _il.Emit(OpCodes.Stloc, _need);
        foreach (var text in texts)
        {
            // Checked: texts long enough to overflow the sum go to the general completion (the list's writer catches).
            var none = _il.DefineLabel();
            _il.Emit(OpCodes.Ldloc, text);
            _il.Emit(OpCodes.Brfalse, none);
            _il.Emit(OpCodes.Ldloc, _need);
            _il.Emit(OpCodes.Ldloc, text);
            _il.Emit(OpCodes.Callvirt, TextLength);
            _il.Emit(OpCodes.Add_Ovf);
            _il.Emit(OpCodes.Stloc, _need);
            _il.MarkLabel(none);
        }

        EmitTakeRoom();
    }

    /// <summary>Stores a comma (in the room's extra byte): an item's separator from the one before.</summary>
    public void EmitComma()
    {
        EmitAddress(0);
        _il.Emit(OpCodes.Ldc_I4, (int)',');
        _il.Emit(OpCodes.Stind_I1);
        EmitMove(() => _il.Emit(OpCodes.Ldc_I4_1));
    }

    /// <summary>Stores the constant part before the first value or after value <paramref name="index"/> - 1.</summary>
    public void EmitSegment(int index)
    {
        var segment = _segments[index];
        if (segment.Length <= MaxInlineSegment)
        {
            for (var start = 0; start < segment.Length; start += sizeof(ulong))
            {
                EmitAddress(start);
                _il.Emit(OpCodes.Ldc_I8, Pack(segment, start));
                _il.Emit(OpCodes.Unaligned, (byte)1);
                _il.Emit(OpCodes.Stind_I8);
            }
        }
        else
        {
            EmitAddress(0);
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldfld, _segmentsField);
            _il.Emit(OpCodes.Ldc_I4, index);
            _il.Emit(OpCodes.Ldelem_Ref);
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Ldelema, typeof(byte));
            _il.Emit(OpCodes.Ldc_I4, segment.Length);
            _il.Emit(OpCodes.Unaligned, (byte)1);
            _il.Emit(OpCodes.Cpblk);
        }

        EmitMove(() => _il.Emit(OpCodes.Ldc_I4, segment.Length));
    }

    /// <summary>Writes the leaf value <paramref name="index"/>, read into its local: directly when it can be, else through the writer.</summary>
    public void EmitLeaf(Leaf leaf, int index)
    {
        if (leaf.Direct is not { } direct)
        {
            EmitThroughWriter(() => EmitStoreWrite(leaf, index, testNull: true));
            return;
        }

        var value = leaf.Value;
        var written = _il.DefineLabel();
        var counted = _il.DefineLabel();
        EmitNullTest(leaf, written, () =>
        {
            EmitAddress(0);
            _il.Emit(OpCodes.Call, WriteNullDirect);
            _il.Emit(OpCodes.Stloc, _length);
        });

        EmitAddress(0);
        if (Nullable.GetUnderlyingType(value.LocalType) is { } underlying)
        {
            _il.Emit(OpCodes.Ldloca, value);
            _il.Emit(OpCodes.Call, value.LocalType.GetMethod(nameof(Nullable<int>.GetValueOrDefault), Type.EmptyTypes)!);
            EmitWidening(underlying, direct.ValueType);
        }
        else
        {
            _il.Emit(OpCodes.Ldloc, value);
            EmitWidening(value.LocalType, direct.ValueType);
        }

        _il.Emit(OpCodes.Call, direct.Method);
        _il.Emit(OpCodes.Stloc, _length);
        if (direct.CanDecline)
        {
            // Out of line: the store writes what was declined through the writer (or rejects it).
            var declined = _il.DefineLabel();
            _il.Emit(OpCodes.Ldloc, _length);
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Blt, declined);
            _declined.Add(() =>
            {
                _il.MarkLabel(declined);
                EmitThroughWriter(() => EmitStoreWrite(leaf, index, testNull: false));
                _il.Emit(OpCodes.Br, counted);
            });
        }

        _il.MarkLabel(written);
        EmitMove(() => _il.Emit(OpCodes.Ldloc, _length));
        _il.MarkLabel(counted);
    }

    /// <summary>
    /// Writes a value through the writer (<paramref name="emitWrite"/>, which branches to <see cref="Failed"/> when it
    /// cannot): counts what was stored before it and takes the room again after it.
    /// </summary>
    public void EmitThroughWriter(Action emitWrite)
    {
        EmitAdvance();
        emitWrite();
        EmitTakeRoom();
    }

    /// <summary>Counts what was stored into the room.</summary>
    public void EmitAdvance()
    {
        EmitWriter();
        _il.Emit(OpCodes.Ldloc, _position);
        _il.Emit(OpCodes.Conv_I4);
        _il.Emit(OpCodes.Call, Advance);
    }

    /// <summary>The writes of declined values, after the method's main path.</summary>
    public void EmitDeclined()
    {
        foreach (var emit in _declined)
        {
            emit();
        }
    }

    // The whole object's room again: more than what is left to store needs.
    private void EmitTakeRoom()
    {
        EmitWriter();
        _il.Emit(OpCodes.Ldloc, _need);
        _il.Emit(OpCodes.Call, GetRoom);
        _il.Emit(OpCodes.Stloc, _room);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Conv_I);
        _il.Emit(OpCodes.Stloc, _position);
    }

    // Moves the position on by the int32 that pushCount pushes.
    private void EmitMove(Action pushCount)
    {
        _il.Emit(OpCodes.Ldloc, _position);
        pushCount();
        _il.Emit(OpCodes.Conv_I);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Stloc, _position);
    }

    private void EmitWriter() => _il.Emit(OpCodes.Ldarg_S, _writer);

    // Pushes the address of the room's byte at the position plus offset.
    private void EmitAddress(int offset)
    {
        _il.Emit(OpCodes.Ldloc, _room);
        _il.Emit(OpCodes.Ldloc, _position);
        _il.Emit(OpCodes.Add);
        if (offset > 0)
        {
            _il.Emit(OpCodes.Ldc_I4, offset);
            _il.Emit(OpCodes.Add);
        }
    }

    // What LeafFieldReader<T>.TryWriteValue does after reading the member, through the writer: write a null (nullable
    // field) or give up on it (non-null field), else let the store write the value. The store is taken from the
    // state's array without a cast (it is of the type called, by construction) and called directly when its class is
    // sealed.
    private void EmitStoreWrite(Leaf leaf, int index, bool testNull)
    {
        var value = leaf.Value;
        var valueType = value.LocalType;
        var written = _il.DefineLabel();
        if (testNull)
        {
            EmitNullTest(leaf, written, () =>
            {
                EmitWriter();
                _il.Emit(OpCodes.Call, WriteNull);
            });
        }

        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, _storesField);
        _il.Emit(OpCodes.Ldc_I4, index);
        _il.Emit(OpCodes.Ldelem_Ref);
        if (leaf.Target is LeafFormat format)
        {
            // A value every one of which the format writes: no result to test, and the format's own (sealed) method
            // instead of the store's call through the format's base class.
            var writeValue = format.GetType().GetMethod(nameof(LeafFormat<int>.WriteValue), [typeof(ResultJsonWriter).MakeByRefType(), valueType])
                ?? throw new InvalidOperationException($"The format {format.GetType()} writes no {valueType}.");
            EmitWriter();
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Call, writeValue);
        }
        else
        {
            var storeType = leaf.Target.GetType();
            var tryWrite = storeType.GetMethod(nameof(LeafStore<object>.TryWrite), [valueType, typeof(ResultJsonWriter).MakeByRefType()])
                ?? throw new InvalidOperationException($"The store {storeType} writes no {valueType}.");
            _il.Emit(OpCodes.Ldloc, value);
            EmitWriter();
            _il.Emit(storeType.IsSealed ? OpCodes.Call : OpCodes.Callvirt, tryWrite);
            _il.Emit(OpCodes.Brfalse, Failed);
        }

        _il.MarkLabel(written);
    }

    // A null (a reference, or a Nullable<T> without one) fails the object in a non-null field; in a nullable field
    // emitNull writes it and the write goes on at written.
    private void EmitNullTest(Leaf leaf, Label written, Action emitNull)
    {
        var value = leaf.Value;
        if (value.LocalType.IsValueType && Nullable.GetUnderlyingType(value.LocalType) is null)
        {
            return;
        }

        var present = _il.DefineLabel();
        EmitHasValue(value);
        _il.Emit(OpCodes.Brtrue, present);
        if (!leaf.Reader.IsNullable)
        {
            _il.Emit(OpCodes.Br, Failed);
        }
        else
        {
            emitNull();
            _il.Emit(OpCodes.Br, written);
        }

        _il.MarkLabel(present);
    }

    // Pushes whether the value is not null (a reference, or a Nullable<T> that has one).
    private void EmitHasValue(LocalBuilder value)
    {
        if (value.LocalType.IsValueType)
        {
            _il.Emit(OpCodes.Ldloca, value);
            _il.Emit(OpCodes.Call, value.LocalType.GetProperty(nameof(Nullable<int>.HasValue))!.GetMethod!);
        }
        else
        {
            _il.Emit(OpCodes.Ldloc, value);
        }
    }

    // An int member's value for a method that takes a long.
    private void EmitWidening(Type from, Type to)
    {
        if (from != to && to == typeof(long))
        {
            _il.Emit(OpCodes.Conv_I8);
        }
    }

    private static int RoundUp(int length) => (length + sizeof(ulong) - 1) / sizeof(ulong) * sizeof(ulong);

    // Up to eight bytes of the segment from start, zero-padded, read in the machine's order: one store writes them in order.
    private static long Pack(byte[] segment, int start)
    {
        Span<byte> packed = stackalloc byte[sizeof(ulong)];
        segment.AsSpan(start, Math.Min(sizeof(ulong), segment.Length - start)).CopyTo(packed);
        return MemoryMarshal.Read<long>(packed);
    }

    /// <summary>A leaf read in place: its reader, what writes it through the writer (store or format), its direct write, and the local it is read into.</summary>
    public sealed record Leaf(LeafFieldReader Reader, object Target, DirectLeafWrite? Direct, LocalBuilder Value);
}
