using System.Reflection;
using System.Reflection.Emit;
using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>
/// Pure resolvers for property reads, emitted as small dynamic methods (<c>context.Parent&lt;T&gt;().Property</c>,
/// boxed). Most fields of a code-first schema are properties; emitting their few instructions directly costs a
/// fraction of compiling an expression tree, so large schemas build quickly while each read is as direct as a
/// hand-written delegate.
/// </summary>
internal static class PropertyResolverEmitter
{
    private static readonly MethodInfo ParentMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.Parent))!;
    private static readonly object Target = new();

    /// <summary>A resolver reading <paramref name="property"/> of the parent (<paramref name="sourceType"/>), or a static property.</summary>
    public static PureFieldDelegate Create(PropertyInfo property, Type sourceType)
    {
        var getter = property.GetMethod!;
        // The first parameter is the delegate's target: a delegate closed over an instance is invoked without the
        // argument-shuffling stub that delegates to static methods need. Anonymously hosted (as expression trees
        // compile), the method calls the context's generic methods as fast as compiled code does.
        var method = new DynamicMethod(
            "Resolve_" + property.Name,
            typeof(object),
            [typeof(object), typeof(IResolverContext)],
            restrictedSkipVisibility: true);
        var il = method.GetILGenerator();
        if (!getter.IsStatic)
        {
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Callvirt, ParentMethod.MakeGenericMethod(sourceType));
            if (sourceType.IsValueType)
            {
                var local = il.DeclareLocal(sourceType);
                il.Emit(OpCodes.Stloc, local);
                il.Emit(OpCodes.Ldloca, local);
                il.Emit(OpCodes.Call, getter);
            }
            else
            {
                il.Emit(OpCodes.Callvirt, getter);
            }
        }
        else
        {
            il.Emit(OpCodes.Call, getter);
        }

        if (property.PropertyType.IsValueType)
        {
            il.Emit(OpCodes.Box, property.PropertyType);
        }

        il.Emit(OpCodes.Ret);
        return (PureFieldDelegate)method.CreateDelegate(typeof(PureFieldDelegate), Target);
    }
}
