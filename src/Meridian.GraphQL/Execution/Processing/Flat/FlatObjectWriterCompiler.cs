using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Emit;

namespace Meridian.Execution;

/// <summary>
/// Writes the objects of a flat selection set for one CLR type (the fields between the layout's segments), and
/// answers <see cref="FlatWriteResult.OtherType"/>, writing nothing, for an object of another type: a list's items are
/// mostly of one type, and its writer checks that more cheaply than looking the type up for every item.
/// </summary>
internal delegate FlatWriteResult FlatObjectWriter(object parent, ref ResultJsonWriter writer);

/// <summary>
/// Compiles a <see cref="FlatObjectWriter"/> per (flat selection set, CLR type): the parent's type is compared with
/// the compiled one (which the JIT reduces to comparing two method tables) and its members read typed in place, each
/// value checked for null as <see cref="LeafFieldReader{T}.TryWriteValue"/> does and handed to its reader's
/// <see cref="LeafStore{T}"/> with a direct call to the store's sealed class (which the JIT inlines), or to its
/// format's when the store only formats, the segments written between them. This saves the delegate call, the virtual
/// calls and the casts that writing each field through its <see cref="FlatValueWriter"/> costs, most of the cost of a
/// field; it is done once a (selection set, type) has written enough objects (<see cref="ObjectLeafReaders"/>). Nested
/// objects and parents of value types are written through their writers.
/// </summary>
internal static class FlatObjectWriterCompiler
{
    // Longer constant parts are copied from their arrays instead of written as eight-byte constants.
    private const int MaxInlineSegment = 64;

    private static readonly MethodInfo WriteRaw = typeof(ResultJsonWriter).GetMethod(nameof(ResultJsonWriter.WriteRaw), [typeof(ReadOnlySpan<byte>)])!;
    private static readonly MethodInfo WriteRawConstant = typeof(ResultJsonWriter).GetMethod(nameof(ResultJsonWriter.WriteRaw), [typeof(ulong), typeof(int)])!;
    private static readonly MethodInfo WriteRawPair = typeof(ResultJsonWriter).GetMethod(nameof(ResultJsonWriter.WriteRaw), [typeof(ulong), typeof(ulong), typeof(int)])!;
    private static readonly MethodInfo ToSpan = typeof(ReadOnlySpan<byte>).GetMethod("op_Implicit", [typeof(byte[])])!;
    private static readonly MethodInfo WriteValue = typeof(FlatValueWriter).GetMethod(nameof(FlatValueWriter.TryWrite))!;
    private static readonly MethodInfo WriteNull = typeof(ResultJsonWriter).GetMethod(nameof(ResultJsonWriter.WriteNull))!;
    private static readonly MethodInfo GetTypeMethod = typeof(object).GetMethod(nameof(GetType))!;
    private static readonly MethodInfo TypeFromHandle = typeof(Type).GetMethod(nameof(Type.GetTypeFromHandle))!;
    private static readonly MethodInfo TypeInequality = typeof(Type).GetMethod("op_Inequality", [typeof(Type), typeof(Type)])!;
    private static readonly FieldInfo SegmentsField = typeof(State).GetField(nameof(State.Segments))!;
    private static readonly FieldInfo ValuesField = typeof(State).GetField(nameof(State.Values))!;
    private static readonly FieldInfo StoresField = typeof(State).GetField(nameof(State.Stores))!;

    /// <summary>The compiled writer; null when the parent type is a value type or a member cannot be read in place.</summary>
    public static FlatObjectWriter? TryCompile(Type parentType, FlatObjectLayout layout, FlatValueWriter[] values)
    {
        if (parentType.IsValueType)
        {
            return null;
        }

        // Anonymously hosted, as compiled expressions are: it may read members of types of any visibility, also of
        // collectible assemblies.
        var method = new DynamicMethod(
            "WriteFlat" + parentType.Name,
            typeof(FlatWriteResult),
            [typeof(State), typeof(object), typeof(ResultJsonWriter).MakeByRefType()],
            restrictedSkipVisibility: true);
        var il = method.GetILGenerator();
        var parent = il.DeclareLocal(parentType);
        var failed = il.DefineLabel();
        var otherType = il.DefineLabel();

        // parent.GetType() != typeof(T), a constant type, is what the JIT turns into a method table comparison. An
        // object of exactly the type needs no cast after it.
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Callvirt, GetTypeMethod);
        il.Emit(OpCodes.Ldtoken, parentType);
        il.Emit(OpCodes.Call, TypeFromHandle);
        il.Emit(OpCodes.Call, TypeInequality);
        il.Emit(OpCodes.Brtrue, otherType);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stloc, parent);
        EmitSegment(il, layout.Segments, 0);
        var stores = new object?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is LeafFieldReader leaf && IsReadable(leaf.Member))
            {
                stores[i] = CallTarget(leaf);
                EmitLeafWrite(il, parent, leaf, stores[i]!, i, failed);
            }
            else
            {
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldfld, ValuesField);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Ldelem_Ref);
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Callvirt, WriteValue);
                il.Emit(OpCodes.Brfalse, failed);
            }

            EmitSegment(il, layout.Segments, i + 1);
        }

        EmitReturn(il, FlatWriteResult.Written);
        il.MarkLabel(failed);
        EmitReturn(il, FlatWriteResult.NeedsCompletion);
        il.MarkLabel(otherType);
        EmitReturn(il, FlatWriteResult.OtherType);
        return (FlatObjectWriter)method.CreateDelegate(typeof(FlatObjectWriter), new State(layout.Segments, values, stores));
    }

    // What LeafFieldReader<T>.TryWriteValue does, inline: read the member, write a null (nullable field) or give up on
    // it (non-null field), else let the store write the value. The store is taken from the state's array without a
    // cast (it is of the type called, by construction) and called directly when its class is sealed.
    private static void EmitLeafWrite(ILGenerator il, LocalBuilder parent, LeafFieldReader leaf, object target, int index, Label failed)
    {
        // The reader's T: the member's type, or a base of it for a member of a reference type.
        var valueType = leaf.GetType().GetGenericArguments()[0];
        var value = il.DeclareLocal(valueType);
        var written = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, parent);
        EmitRead(il, leaf.Member);
        il.Emit(OpCodes.Stloc, value);
        if (!valueType.IsValueType || Nullable.GetUnderlyingType(valueType) is not null)
        {
            var present = il.DefineLabel();
            if (valueType.IsValueType)
            {
                il.Emit(OpCodes.Ldloca, value);
                il.Emit(OpCodes.Call, valueType.GetProperty(nameof(Nullable<int>.HasValue))!.GetMethod!);
            }
            else
            {
                il.Emit(OpCodes.Ldloc, value);
            }

            il.Emit(OpCodes.Brtrue, present);
            if (!leaf.IsNullable)
            {
                il.Emit(OpCodes.Br, failed);
            }
            else
            {
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Call, WriteNull);
                il.Emit(OpCodes.Br, written);
            }

            il.MarkLabel(present);
        }

        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, StoresField);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldelem_Ref);
        if (target is LeafFormat format)
        {
            // A value every one of which the format writes: no result to test, and the format's own (sealed) method
            // instead of the store's call through the format's base class.
            var writeValue = format.GetType().GetMethod(nameof(LeafFormat<int>.WriteValue), [typeof(ResultJsonWriter).MakeByRefType(), valueType])
                ?? throw new InvalidOperationException($"The format {format.GetType()} writes no {valueType}.");
            il.Emit(OpCodes.Ldarg_2);
            il.Emit(OpCodes.Ldloc, value);
            il.Emit(OpCodes.Call, writeValue);
        }
        else
        {
            var storeType = target.GetType();
            var tryWrite = storeType.GetMethod(nameof(LeafStore<object>.TryWrite), [valueType, typeof(ResultJsonWriter).MakeByRefType()])
                ?? throw new InvalidOperationException($"The store {storeType} writes no {valueType}.");
            il.Emit(OpCodes.Ldloc, value);
            il.Emit(OpCodes.Ldarg_2);
            il.Emit(storeType.IsSealed ? OpCodes.Call : OpCodes.Callvirt, tryWrite);
            il.Emit(OpCodes.Brfalse, failed);
        }

        il.MarkLabel(written);
    }

    /// <summary>
    /// What the compiled writer calls for a leaf: the format of a store that only formats (when its class is sealed,
    /// so that the call is direct), else the store.
    /// </summary>
    private static object CallTarget(LeafFieldReader leaf) =>
        leaf.Store is IFormattedLeafStore { Format: var format } && format.GetType().IsSealed ? format : leaf.Store;

    private static void EmitReturn(ILGenerator il, FlatWriteResult result)
    {
        il.Emit(OpCodes.Ldc_I4, (int)result);
        il.Emit(OpCodes.Ret);
    }

    // Reads the member of the parent on the stack (the reader's T is the member's type).
    private static void EmitRead(ILGenerator il, MemberInfo member)
    {
        switch (member)
        {
            case FieldInfo field:
                il.Emit(OpCodes.Ldfld, field);
                break;
            case PropertyInfo property:
                il.Emit(OpCodes.Callvirt, property.GetMethod!);
                break;
            default:
                il.Emit(OpCodes.Callvirt, (MethodInfo)member);
                break;
        }
    }

    private static bool IsReadable(MemberInfo member) => member switch
    {
        PropertyInfo property => property.GetMethod is { IsStatic: false },
        FieldInfo field => !field.IsStatic,
        MethodInfo method => !method.IsStatic && method.GetParameters().Length == 0,
        _ => false,
    };

    private static void EmitSegment(ILGenerator il, byte[][] segments, int index)
    {
        var segment = segments[index];
        if (segment.Length <= MaxInlineSegment)
        {
            // Sixteen bytes per room check where there are more than eight.
            for (var start = 0; start < segment.Length; start += 2 * sizeof(ulong))
            {
                var length = Math.Min(2 * sizeof(ulong), segment.Length - start);
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Ldc_I8, Pack(segment, start));
                if (length > sizeof(ulong))
                {
                    il.Emit(OpCodes.Ldc_I8, Pack(segment, start + sizeof(ulong)));
                    il.Emit(OpCodes.Ldc_I4, length);
                    il.Emit(OpCodes.Call, WriteRawPair);
                }
                else
                {
                    il.Emit(OpCodes.Ldc_I4, length);
                    il.Emit(OpCodes.Call, WriteRawConstant);
                }
            }

            return;
        }

        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, SegmentsField);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldelem_Ref);
        il.Emit(OpCodes.Call, ToSpan);
        il.Emit(OpCodes.Call, WriteRaw);
    }

    // Up to eight bytes of the segment from start, little-endian, zero-padded.
    private static long Pack(byte[] segment, int start)
    {
        Span<byte> packed = stackalloc byte[sizeof(ulong)];
        segment.AsSpan(start, Math.Min(sizeof(ulong), segment.Length - start)).CopyTo(packed);
        return (long)BinaryPrimitives.ReadUInt64LittleEndian(packed);
    }

    /// <summary>What the compiled method reads besides its arguments (the delegate's target).</summary>
    private sealed class State(byte[][] segments, FlatValueWriter[] values, object?[] stores)
    {
        public readonly byte[][] Segments = segments;
        public readonly FlatValueWriter[] Values = values;

        // What the values read in place are written by (their leaf stores or formats, see CallTarget), by value index
        // (null for the others).
        public readonly object?[] Stores = stores;
    }
}
