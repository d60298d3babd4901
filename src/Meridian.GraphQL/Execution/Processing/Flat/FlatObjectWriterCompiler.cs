using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Emit;

namespace Meridian.Execution;

/// <summary>
/// Writes the objects of a flat selection set for one CLR type (the fields between the layout's segments).
/// </summary>
internal delegate bool FlatObjectWriter(object parent, ref ResultJsonWriter writer);

/// <summary>
/// Compiles a <see cref="FlatObjectWriter"/> per (flat selection set, CLR type): the parent is cast once and its
/// members read typed in place, each value handed to its <see cref="LeafFieldReader{T}.TryWriteValue"/> (which decides
/// what it is written as), the segments written between them. This saves the virtual call and the delegate call that
/// reading each field through its <see cref="FlatValueWriter"/> costs, most of the cost of a field; it is done once a
/// (selection set, type) has written enough objects (<see cref="ObjectLeafReaders"/>). Nested objects and parents of
/// value types are written through their writers.
/// </summary>
internal static class FlatObjectWriterCompiler
{
    // Longer constant parts are copied from their arrays instead of written as eight-byte constants.
    private const int MaxInlineSegment = 64;

    private static readonly MethodInfo WriteRaw = typeof(ResultJsonWriter).GetMethod(nameof(ResultJsonWriter.WriteRaw), [typeof(ReadOnlySpan<byte>)])!;
    private static readonly MethodInfo WriteRawConstant = typeof(ResultJsonWriter).GetMethod(nameof(ResultJsonWriter.WriteRaw), [typeof(ulong), typeof(int)])!;
    private static readonly MethodInfo ToSpan = typeof(ReadOnlySpan<byte>).GetMethod("op_Implicit", [typeof(byte[])])!;
    private static readonly MethodInfo WriteValue = typeof(FlatValueWriter).GetMethod(nameof(FlatValueWriter.TryWrite))!;
    private static readonly FieldInfo SegmentsField = typeof(State).GetField(nameof(State.Segments))!;
    private static readonly FieldInfo ValuesField = typeof(State).GetField(nameof(State.Values))!;

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
            typeof(bool),
            [typeof(State), typeof(object), typeof(ResultJsonWriter).MakeByRefType()],
            restrictedSkipVisibility: true);
        var il = method.GetILGenerator();
        var parent = il.DeclareLocal(parentType);
        var failed = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Castclass, parentType);
        il.Emit(OpCodes.Stloc, parent);
        EmitSegment(il, layout.Segments, 0);
        for (var i = 0; i < values.Length; i++)
        {
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, ValuesField);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldelem_Ref);
            if (values[i] is LeafFieldReader leaf && IsReadable(leaf.Member))
            {
                var readerType = leaf.GetType();
                il.Emit(OpCodes.Castclass, readerType);
                il.Emit(OpCodes.Ldloc, parent);
                EmitRead(il, leaf.Member);
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Call, readerType.GetMethod(nameof(LeafFieldReader<object>.TryWriteValue))!);
            }
            else
            {
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Callvirt, WriteValue);
            }

            il.Emit(OpCodes.Brfalse, failed);
            EmitSegment(il, layout.Segments, i + 1);
        }

        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Ret);
        il.MarkLabel(failed);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Ret);
        return (FlatObjectWriter)method.CreateDelegate(typeof(FlatObjectWriter), new State(layout.Segments, values));
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
            Span<byte> packed = stackalloc byte[sizeof(ulong)];
            for (var start = 0; start < segment.Length; start += sizeof(ulong))
            {
                var chunk = segment.AsSpan(start, Math.Min(sizeof(ulong), segment.Length - start));
                packed.Clear();
                chunk.CopyTo(packed);
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Ldc_I8, (long)BinaryPrimitives.ReadUInt64LittleEndian(packed));
                il.Emit(OpCodes.Ldc_I4, chunk.Length);
                il.Emit(OpCodes.Call, WriteRawConstant);
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

    /// <summary>What the compiled method reads besides its arguments (the delegate's target).</summary>
    private sealed class State(byte[][] segments, FlatValueWriter[] values)
    {
        public readonly byte[][] Segments = segments;
        public readonly FlatValueWriter[] Values = values;
    }
}
