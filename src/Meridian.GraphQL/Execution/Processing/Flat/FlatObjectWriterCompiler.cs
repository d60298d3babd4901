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
/// value checked for null as <see cref="LeafFieldReader{T}.TryWriteValue"/> does. The constant parts and the values of
/// the common scalars are stored straight into room taken once for the object (<see cref="FlatObjectEmitter"/>); other
/// leaves are handed to their reader's <see cref="LeafStore{T}"/> with a direct call to the store's sealed class (which
/// the JIT inlines), or to its format's when the store only formats. This saves the delegate call, the virtual calls
/// and the casts that writing each field through its <see cref="FlatValueWriter"/> costs, most of the cost of a field;
/// it is done once a (selection set, type) has written enough objects (<see cref="ObjectLeafReaders"/>). Nested
/// objects and parents of value types are written through their writers.
/// </summary>
internal static class FlatObjectWriterCompiler
{
    private static readonly MethodInfo WriteValue = typeof(FlatValueWriter).GetMethod(nameof(FlatValueWriter.TryWrite))!;
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

        // Every leaf read first, in order, into a local of its own: texts' lengths size the room taken for the object.
        var leaves = new FlatObjectEmitter.Leaf?[values.Length];
        var stores = new object?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is LeafFieldReader reader && IsReadable(reader.Member))
            {
                stores[i] = CallTarget(reader);
                var leaf = leaves[i] = new FlatObjectEmitter.Leaf(reader, stores[i]!, DirectLeafWrite.Find(reader.Store), il.DeclareLocal(LeafValueType(reader)));
                il.Emit(OpCodes.Ldloc, parent);
                EmitRead(il, reader.Member);
                il.Emit(OpCodes.Stloc, leaf.Value);
            }
        }

        var emitter = new FlatObjectEmitter(il, layout.Segments, SegmentsField, StoresField);
        emitter.EmitRoom(leaves.OfType<FlatObjectEmitter.Leaf>());
        emitter.EmitSegment(0);
        for (var i = 0; i < values.Length; i++)
        {
            if (leaves[i] is { } leaf)
            {
                emitter.EmitLeaf(leaf, i);
            }
            else
            {
                var index = i;
                emitter.EmitThroughWriter(() =>
                {
                    il.Emit(OpCodes.Ldarg_0);
                    il.Emit(OpCodes.Ldfld, ValuesField);
                    il.Emit(OpCodes.Ldc_I4, index);
                    il.Emit(OpCodes.Ldelem_Ref);
                    il.Emit(OpCodes.Ldarg_1);
                    il.Emit(OpCodes.Ldarg_2);
                    il.Emit(OpCodes.Callvirt, WriteValue);
                    il.Emit(OpCodes.Brfalse, emitter.Failed);
                });
            }

            emitter.EmitSegment(i + 1);
        }

        emitter.EmitAdvance();
        EmitReturn(il, FlatWriteResult.Written);
        emitter.EmitDeclined();
        il.MarkLabel(emitter.Failed);
        EmitReturn(il, FlatWriteResult.NeedsCompletion);
        il.MarkLabel(otherType);
        EmitReturn(il, FlatWriteResult.OtherType);
        return (FlatObjectWriter)method.CreateDelegate(typeof(FlatObjectWriter), new State(layout.Segments, values, stores));
    }

    // The reader's T: the member's type, or a base of it for a member of a reference type.
    private static Type LeafValueType(LeafFieldReader leaf) => leaf.GetType().GetGenericArguments()[0];

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
