using System.Collections;
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
/// Writes the items of a list from <paramref name="index"/> (past the first) on, each after a comma, as long as they
/// are objects of the writer's CLR type (see <see cref="FlatObjectWriter"/>), and leaves
/// <paramref name="index"/> at the first item it did not write: <see cref="FlatWriteResult.Written"/> when that is
/// <paramref name="count"/>, <see cref="FlatWriteResult.OtherType"/> for a null or an object of another type (the
/// caller writes it and goes on), <see cref="FlatWriteResult.NeedsCompletion"/> when a field needs the general
/// completion.
/// </summary>
internal delegate FlatWriteResult FlatItemsWriter(IList items, int count, ref int index, ref ResultJsonWriter writer);

/// <summary>The compiled writers of one (flat selection set, CLR type): of one object, and of a run of a list's items.</summary>
internal sealed record CompiledFlatWriters(FlatObjectWriter Object, FlatItemsWriter Items);

/// <summary>
/// Compiles the writers of a (flat selection set, CLR type): the parent's type is compared with the compiled one
/// (which the JIT reduces to comparing two method tables) and its members read typed in place, each value checked for
/// null as <see cref="LeafFieldReader{T}.TryWriteValue"/> does. The constant parts and the values of the common
/// scalars are stored straight into room taken once for the object (<see cref="FlatObjectEmitter"/>); other leaves are
/// handed to their reader's <see cref="LeafStore{T}"/> with a direct call to the store's sealed class (which the JIT
/// inlines), or to its format's when the store only formats. This saves the delegate call, the virtual calls and the
/// casts that writing each field through its <see cref="FlatValueWriter"/> costs, most of the cost of a field; it is
/// done once a (selection set, type) has written enough objects (<see cref="ObjectLeafReaders"/>). Nested objects and
/// parents of value types are written through their writers. The writer of a list's items loops over them itself:
/// a call per item, with its frame and the writer's state reloaded, cost as much as a field.
/// </summary>
internal static class FlatObjectWriterCompiler
{
    private static readonly MethodInfo WriteValue = typeof(FlatValueWriter).GetMethod(nameof(FlatValueWriter.TryWrite))!;
    private static readonly MethodInfo GetTypeMethod = typeof(object).GetMethod(nameof(GetType))!;
    private static readonly MethodInfo TypeFromHandle = typeof(Type).GetMethod(nameof(Type.GetTypeFromHandle))!;
    private static readonly MethodInfo TypeInequality = typeof(Type).GetMethod("op_Inequality", [typeof(Type), typeof(Type)])!;
    private static readonly MethodInfo ListItem = typeof(IList).GetProperty("Item")!.GetMethod!;
    private static readonly FieldInfo SegmentsField = typeof(State).GetField(nameof(State.Segments))!;
    private static readonly FieldInfo ValuesField = typeof(State).GetField(nameof(State.Values))!;
    private static readonly FieldInfo StoresField = typeof(State).GetField(nameof(State.Stores))!;

    // The arguments of the compiled methods: the state, then the delegate's.
    private const byte ObjectWriterArgument = 2;
    private const byte ItemsListArgument = 1;
    private const byte ItemsCountArgument = 2;
    private const byte ItemsIndexArgument = 3;
    private const byte ItemsWriterArgument = 4;

    /// <summary>The compiled writers; null when the parent type is a value type or a member cannot be read in place.</summary>
    public static CompiledFlatWriters? TryCompile(Type parentType, FlatObjectLayout layout, FlatValueWriter[] values)
    {
        if (parentType.IsValueType)
        {
            return null;
        }

        var stores = new object?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is LeafFieldReader reader && IsReadable(reader.Member))
            {
                stores[i] = CallTarget(reader);
            }
        }

        var state = new State(layout.Segments, values, stores);
        return new CompiledFlatWriters(
            (FlatObjectWriter)CompileObjectWriter(parentType, layout, values, stores).CreateDelegate(typeof(FlatObjectWriter), state),
            (FlatItemsWriter)CompileItemsWriter(parentType, layout, values, stores).CreateDelegate(typeof(FlatItemsWriter), state));
    }

    private static DynamicMethod CompileObjectWriter(Type parentType, FlatObjectLayout layout, FlatValueWriter[] values, object?[] stores)
    {
        var method = CreateMethod("WriteFlat" + parentType.Name, [typeof(State), typeof(object), typeof(ResultJsonWriter).MakeByRefType()]);
        var il = method.GetILGenerator();
        var parent = il.DeclareLocal(parentType);
        var otherType = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_1);
        EmitTypeTest(il, parentType, otherType);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stloc, parent);

        var emitter = EmitObject(il, ObjectWriterArgument, parent, layout, values, stores, afterComma: false);
        EmitReturn(il, FlatWriteResult.Written);
        emitter.EmitDeclined();
        il.MarkLabel(emitter.Failed);
        EmitReturn(il, FlatWriteResult.NeedsCompletion);
        il.MarkLabel(otherType);
        EmitReturn(il, FlatWriteResult.OtherType);
        return method;
    }

    private static DynamicMethod CompileItemsWriter(Type parentType, FlatObjectLayout layout, FlatValueWriter[] values, object?[] stores)
    {
        var method = CreateMethod(
            "WriteFlatItems" + parentType.Name,
            [typeof(State), typeof(IList), typeof(int), typeof(int).MakeByRefType(), typeof(ResultJsonWriter).MakeByRefType()]);
        var il = method.GetILGenerator();
        var parent = il.DeclareLocal(parentType);
        var array = il.DeclareLocal(typeof(object[]));
        var item = il.DeclareLocal(typeof(object));
        var index = il.DeclareLocal(typeof(int));
        var next = il.DefineLabel();
        var done = il.DefineLabel();
        var stopped = il.DefineLabel();

        // Arrays of any reference type (covariance) are read directly, without the non-generic IList indexer.
        il.Emit(OpCodes.Ldarg_S, ItemsListArgument);
        il.Emit(OpCodes.Isinst, typeof(object[]));
        il.Emit(OpCodes.Stloc, array);
        il.Emit(OpCodes.Ldarg_S, ItemsIndexArgument);
        il.Emit(OpCodes.Ldind_I4);
        il.Emit(OpCodes.Stloc, index);

        il.MarkLabel(next);
        il.Emit(OpCodes.Ldloc, index);
        il.Emit(OpCodes.Ldarg_S, ItemsCountArgument);
        il.Emit(OpCodes.Bge, done);
        EmitItem(il, array, index);
        il.Emit(OpCodes.Stloc, item);

        // A null, or an object of another type, is the caller's.
        il.Emit(OpCodes.Ldloc, item);
        il.Emit(OpCodes.Brfalse, stopped);
        il.Emit(OpCodes.Ldloc, item);
        EmitTypeTest(il, parentType, stopped);
        il.Emit(OpCodes.Ldloc, item);
        il.Emit(OpCodes.Stloc, parent);

        var emitter = EmitObject(il, ItemsWriterArgument, parent, layout, values, stores, afterComma: true);
        il.Emit(OpCodes.Ldloc, index);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, index);
        il.Emit(OpCodes.Br, next);

        il.MarkLabel(done);
        EmitStoreIndex(il, index);
        EmitReturn(il, FlatWriteResult.Written);
        il.MarkLabel(stopped);
        EmitStoreIndex(il, index);
        EmitReturn(il, FlatWriteResult.OtherType);
        emitter.EmitDeclined();
        il.MarkLabel(emitter.Failed);
        EmitReturn(il, FlatWriteResult.NeedsCompletion);
        return method;
    }

    /// <summary>
    /// Emits the writing of the object in <paramref name="parent"/> (of exactly its local's type), after a comma when
    /// <paramref name="afterComma"/>: every leaf read first, in order, into a local of
    /// its own (texts' lengths size the room taken for the object), then the constant parts and the values. A field
    /// that needs the general completion branches to the emitter's <see cref="FlatObjectEmitter.Failed"/>.
    /// </summary>
    private static FlatObjectEmitter EmitObject(
        ILGenerator il,
        byte writer,
        LocalBuilder parent,
        FlatObjectLayout layout,
        FlatValueWriter[] values,
        object?[] stores,
        bool afterComma)
    {
        var leaves = new FlatObjectEmitter.Leaf?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (stores[i] is { } target)
            {
                var reader = (LeafFieldReader)values[i];
                var leaf = leaves[i] = new FlatObjectEmitter.Leaf(reader, target, DirectLeafWrite.Find(reader.Store), il.DeclareLocal(LeafValueType(reader)));
                il.Emit(OpCodes.Ldloc, parent);
                EmitRead(il, reader.Member);
                il.Emit(OpCodes.Stloc, leaf.Value);
            }
        }

        var emitter = new FlatObjectEmitter(il, writer, layout.Segments, SegmentsField, StoresField);
        emitter.EmitRoom(leaves.OfType<FlatObjectEmitter.Leaf>(), extra: afterComma ? 1 : 0);
        if (afterComma)
        {
            emitter.EmitComma();
        }

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
                    il.Emit(OpCodes.Ldloc, parent);
                    il.Emit(OpCodes.Ldarg_S, writer);
                    il.Emit(OpCodes.Callvirt, WriteValue);
                    il.Emit(OpCodes.Brfalse, emitter.Failed);
                });
            }

            emitter.EmitSegment(i + 1);
        }

        emitter.EmitAdvance();
        return emitter;
    }

    // Anonymously hosted, as compiled expressions are: it may read members of types of any visibility, also of
    // collectible assemblies.
    private static DynamicMethod CreateMethod(string name, Type[] parameters) =>
        new(name, typeof(FlatWriteResult), parameters, restrictedSkipVisibility: true);

    // Branches to otherType unless the object on the stack is of exactly the type: value.GetType() != typeof(T), a
    // constant type, is what the JIT turns into a method table comparison, and such an object needs no cast after it.
    private static void EmitTypeTest(ILGenerator il, Type parentType, Label otherType)
    {
        il.Emit(OpCodes.Callvirt, GetTypeMethod);
        il.Emit(OpCodes.Ldtoken, parentType);
        il.Emit(OpCodes.Call, TypeFromHandle);
        il.Emit(OpCodes.Call, TypeInequality);
        il.Emit(OpCodes.Brtrue, otherType);
    }

    // Pushes the list's item at the index: from the array when the list is one (the local is not null).
    private static void EmitItem(ILGenerator il, LocalBuilder array, LocalBuilder index)
    {
        var fromList = il.DefineLabel();
        var read = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, array);
        il.Emit(OpCodes.Brfalse, fromList);
        il.Emit(OpCodes.Ldloc, array);
        il.Emit(OpCodes.Ldloc, index);
        il.Emit(OpCodes.Ldelem_Ref);
        il.Emit(OpCodes.Br, read);
        il.MarkLabel(fromList);
        il.Emit(OpCodes.Ldarg_S, ItemsListArgument);
        il.Emit(OpCodes.Ldloc, index);
        il.Emit(OpCodes.Callvirt, ListItem);
        il.MarkLabel(read);
    }

    private static void EmitStoreIndex(ILGenerator il, LocalBuilder index)
    {
        il.Emit(OpCodes.Ldarg_S, ItemsIndexArgument);
        il.Emit(OpCodes.Ldloc, index);
        il.Emit(OpCodes.Stind_I4);
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
